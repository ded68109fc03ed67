package cn.duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, "learn from corrections": what the office sets right in what the reader read is kept
 * as labelled examples and exported as JSONL in ANNOTATION.md's fields.
 */
@DubanTest
class ReaderCorrectionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private String send(String office, String json) throws Exception {
        var r = mvc.perform(post("/api/extractions/corrections").with(TestUsers.api(office)).contentType("application/json")
                .content(json)).andReturn().getResponse();
        return r.getStatus() + " " + r.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void correctionsAreKeptCheckedAuditedAndExportedAsLabelledRecords() throws Exception {
        TestUsers.County c = users.county();
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        String doc = "纠正测试" + c.tag();
        String sentence = "2023年度共发放助学资金30万元,新建村级服务站6个。";
        String original = "{\"doc\":\"" + doc + "\",\"sentence\":\"" + sentence + "\",\"surface\":\"30万元\",\"value\":30,"
                + "\"unit\":\"万元\",\"base_value\":300000,\"base_unit\":\"元\",\"kind\":\"target\",\"indicator\":\"助学资金\","
                + "\"comparator\":\"=\",\"deadline\":\"2024-12-31\",\"placeholder\":false}";
        assertThat(send(office, """
                {"doc":"%s","sentence":"%s","surface":"30万元","change":"CORRECTED","kind":"actual","deadline":"","original":%s}"""
                .formatted(doc, sentence, jsonString(original)))).startsWith("201");
        assertThat(send(office, """
                {"doc":"%s","sentence":"%s","surface":"6个","change":"DROPPED"}""".formatted(doc, sentence))).startsWith("201");
        assertThat(send(office, """
                {"doc":"%s","sentence":"力争年底前新增规上企业3家。","surface":"3家","change":"ADDED","kind":"target",
                 "deadline":"2025-12-31","indicator":"规上企业"}""".formatted(doc))).startsWith("201");
        // Refused, with the field and the reason, and nothing stored.
        assertThat(send(office, """
                {"doc":"%s","sentence":"%s","surface":"99亩","change":"CORRECTED","kind":"actual"}""".formatted(doc, sentence)))
                .startsWith("422").contains("\"errors\":{\"surface\"").contains("不在这句话里");
        assertThat(send(office, """
                {"doc":"%s","sentence":"%s","surface":"30万元","kind":"actual","deadline":"年底"}""".formatted(doc, sentence)))
                .startsWith("422").contains("\"errors\":{\"deadline\"");
        assertThat(jdbc.sql("select count(*) from reader_correction where doc = :d").param("d", doc).query(Long.class).single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_event where action = '纠正读取结果' and after ->> 'doc' = :d").param("d", doc)
                .query(Long.class).single()).isEqualTo(3);

        var export = mvc.perform(get("/api/extractions/corrections.jsonl").with(TestUsers.api(office))).andReturn().getResponse();
        assertThat(export.getHeader("Content-Disposition")).contains("attachment");
        List<String> lines = export.getContentAsString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(doc)).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"surface\":\"30万元\"", "\"kind\":\"actual\"", "\"base_value\":300000",
                "\"indicator\":\"助学资金\"", "\"change\":\"CORRECTED\"");
        assertThat(lines.get(1)).contains("\"surface\":\"6个\"", "\"dropped\":true");
        assertThat(lines.get(2)).contains("\"surface\":\"3家\"", "\"value\":3", "\"unit\":\"家\"", "\"kind\":\"target\"",
                "\"deadline\":\"2025-12-31\"", "\"indicator\":\"规上企业\"");
    }

    @Test
    void theReadersPageTakesACorrectionAndSaysWhyOneIsRefused() throws Exception {
        TestUsers.County c = users.county();
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        String saved = mvc.perform(post("/extract/corrections").with(TestUsers.api(office)).with(csrf())
                .param("doc", "页面" + c.tag()).param("sentence", "完成改厕300户。").param("surface", "300户")
                .param("change", "CORRECTED").param("kind", "actual")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(saved).contains("已记录纠正");
        String refused = mvc.perform(post("/extract/corrections").with(TestUsers.api(office)).with(csrf())
                .param("doc", "页面" + c.tag()).param("sentence", "完成改厕300户。").param("surface", "300户")
                .param("change", "ADDED").param("kind", "")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("请选择类别");
        String liaison = users.user(c, c.townA(), Role.LIAISON);
        assertThat(mvc.perform(get("/api/extractions/corrections.jsonl").with(TestUsers.api(liaison))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    /** Issue 22, item 5: one county's corrections never reach another's office, and the page's record stays small. */
    @Test
    void aCountysCorrectionsAreItsOwnAndCarryNoPayload() throws Exception {
        TestUsers.County own = users.county();
        TestUsers.County other = users.county();
        String office = users.user(own, own.office(), Role.SUPERVISOR);
        String otherOffice = users.user(other, other.office(), Role.SUPERVISOR);
        String doc = "本县文档" + own.tag();
        String big = "{\"doc\":\"" + doc + "\",\"note\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        assertThat(send(office, """
                {"doc":"%s","sentence":"完成改厕300户。","surface":"300户","change":"CORRECTED","kind":"actual","original":%s}"""
                .formatted(doc, jsonString(big)))).startsWith("201");
        assertThat(send(office, """
                {"doc":"%s","sentence":"完成改厕300户。","surface":"300户","change":"CORRECTED","kind":"actual",
                 "original":"{\\"value\\":300,\\"script\\":\\"<x>\\",\\"unit\\":\\"户\\"}"}""".formatted(doc))).startsWith("201");
        assertThat(jdbc.sql("select coalesce(max(length(original::text)), 0) from reader_correction where doc = :d").param("d", doc)
                .query(Integer.class).single()).as("no 5 MB payload kept").isLessThan(200);
        String ours = mvc.perform(get("/api/extractions/corrections.jsonl").with(TestUsers.api(office))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ours).contains(doc).doesNotContain("\"note\"", "script");
        String theirs = mvc.perform(get("/api/extractions/corrections.jsonl").with(TestUsers.api(otherOffice))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(theirs).doesNotContain(doc);
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
