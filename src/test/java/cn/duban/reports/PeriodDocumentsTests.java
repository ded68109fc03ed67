package cn.duban.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.DocumentRendering;
import cn.duban.DubanTest;
import cn.duban.OfdReading;
import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.extract.DocumentText;
import cn.duban.extract.Extraction;
import cn.duban.extract.Quantity;
import cn.duban.extract.Reader;
import cn.duban.files.Checksums;
import cn.duban.progress.PeriodFreeze;
import cn.duban.progress.ReportingPeriod;
import cn.duban.progress.ReportingPeriods;
import cn.duban.reminders.ReminderJob;
import cn.duban.security.Role;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 月通报 and 工作小结 from a frozen period: refused before the freeze; the bulletin names the
 * 红榜 and 黑榜 and the lagging tasks; the summary, read back by Duban's own reader, gives back
 * the quantities it was written with (detection F1 ≥ 0.98, kind ≥ 0.95); stored with a checksum.
 */
@DubanTest
class PeriodDocumentsTests {

    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ReminderJob job;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    PeriodFreeze freezes;
    @Autowired
    PeriodDocuments documents;
    @Autowired
    GeneratedDocuments stored;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** title, unit, target, comparator, deadline, reported actual, lead (0 = 甲镇, 1 = 乙镇) */
    private static final Object[][] TASKS = {
            {"固定资产投资", "亿元", "4.2", ">=", "2025-12-31", "2.35", 0},
            {"新建高标准农田", "亩", "3000", ">=", "2025-10-31", "1850", 0},
            {"新建村级养老服务站", "个", "12", ">=", "2025-09-30", "5", 0},
            {"农村自来水普及率", "%", "96", ">=", "2025-12-31", "93.5", 0},
            {"新建产业路", "公里", "12", ">=", "2025-11-30", "3.6", 1},
            {"农村户厕改造", "户", "380", ">=", "2025-10-31", "120", 1},
            {"新建标准化水厂", "座", "2", ">=", "2025-09-30", "1", 1},
            {"森林火灾发生起数", "起", "2", "<=", "2025-12-31", "1", 1}};

    TestUsers.County c;

    private long setUp() {
        c = users.county();
        long plan = jdbc.sql("insert into plan (title, year, area_id, created_by) values ('青川县重点工作', 2025, :a, 'test') returning id")
                .param("a", c.county().id()).query(Long.class).single();
        Map<Long, Object[]> byTask = new HashMap<>();
        for (int i = 0; i < TASKS.length; i++) {
            Object[] t = TASKS[i];
            long unit = (int) t[6] == 0 ? c.townA().id() : c.townB().id();
            long task = jdbc.sql("""
                    insert into task (plan_id, position, number, title, lead_org_id, deadline)
                    values (:p, :pos, :n, :t, :u, :d) returning id""")
                    .param("p", plan).param("pos", i).param("n", String.valueOf(i + 1)).param("t", t[0]).param("u", unit)
                    .param("d", LocalDate.parse((String) t[4])).query(Long.class).single();
            jdbc.sql("""
                    insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind, deadline)
                    values (:t, 0, :n, :s, :v, :u, :c, 'target', :d)""")
                    .param("t", task).param("n", t[0]).param("s", t[2] + (String) t[1]).param("v", new BigDecimal((String) t[2]))
                    .param("u", t[1]).param("c", t[3]).param("d", LocalDate.parse((String) t[4])).update();
            byTask.put(task, t);
        }
        clock.set(LocalDate.of(2025, 6, 20));
        job.runOnce(); // opens the periods
        long june = jdbc.sql("select id from reporting_period where plan_id = :p and starts = '2025-06-01'").param("p", plan)
                .query(Long.class).single();
        Map<Long, Long> reports = new HashMap<>();
        for (var e : byTask.entrySet()) {
            long unit = (int) e.getValue()[6] == 0 ? c.townA().id() : c.townB().id();
            long report = reports.computeIfAbsent(unit, u -> jdbc.sql("""
                    insert into unit_report (period_id, organisation_id, state, approved_at, submitted_at)
                    values (:p, :u, 'ACCEPTED', '2025-06-20', '2025-06-19') returning id""")
                    .param("p", june).param("u", u).query(Long.class).single());
            long entry = jdbc.sql("""
                    insert into task_entry (report_id, task_id, revision, narrative, problems, next_steps, created_by, created_at)
                    values (:r, :t, 1, '按计划推进', '', '加快推进', 'test', '2025-06-19 10:00+08') returning id""")
                    .param("r", report).param("t", e.getKey()).query(Long.class).single();
            jdbc.sql("insert into entry_value (entry_id, indicator_id, actual) select :e, id, :a from indicator where task_id = :t")
                    .param("e", entry).param("a", new BigDecimal((String) e.getValue()[5])).param("t", e.getKey()).update();
        }
        clock.set(LocalDate.of(2025, 6, 28));
        job.runOnce();
        return june;
    }

    @Test
    void aBulletinIsWrittenOnlyFromAFrozenPeriod() {
        long june = setUp();
        assertThatThrownBy(() -> documents.bulletin(june, new PeriodDocuments.Letterhead("县政府督查室", 1, PeriodDocuments.Letterhead.COPY_TO),
                LocalDate.of(2025, 7, 2)))
                .isInstanceOf(DocumentRefused.class).hasMessageContaining("请先在红黑榜页面冻结");
        freezes.freeze(june, "office", true);

        PeriodDocuments.Draft bulletin = documents.bulletin(june,
                new PeriodDocuments.Letterhead("县政府督查室", 1, PeriodDocuments.Letterhead.COPY_TO), LocalDate.of(2025, 7, 2));
        String text = String.join("\n", bulletin.blocks().stream().map(OfficialDocx.Block::text).toList());
        assertThat(bulletin.title()).isEqualTo("关于青川县重点工作2025年6月推进情况的通报");
        assertThat(text).contains("各乡镇人民政府，县直各部门：", "本期纳入调度任务8项", "红榜：", "黑榜：", "三、超期、未报送和滞后任务",
                "四、整改落实情况", "县政府督查室\n2025年7月2日");
        OfficialDocument written = OfficialDocument.of(bulletin.blocks());
        byte[] docx = written.docx();
        var kept = tx.execute(
                s -> stored.keep("BULLETIN", june, periods.find(june).orElseThrow().frozenAt(), bulletin.title(), written, "office"));
        assertThat(kept.sha256()).hasSize(64).isEqualTo(Checksums.sha256(docx));
        assertThat(kept.ofdSha256()).hasSize(64).isEqualTo(Checksums.sha256(written.ofd()));
        assertThat(stored.content(kept.id())).isEqualTo(docx);
        assertThat(stored.ofd(kept.id()).orElseThrow()).isEqualTo(written.ofd());
        assertThat(stored.ofPeriod(june)).extracting(GeneratedDocuments.Stored::kind).containsExactly("BULLETIN");
    }

    @Test
    void theOfficePreviewsGeneratesAndDownloadsTheDocuments() throws Exception {
        long june = setUp();
        freezes.freeze(june, "office", true);
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        String leader = users.user(c, c.office(), Role.LEADER);
        TestUsers.County other = users.county();
        String foreign = users.user(other, other.office(), Role.SUPERVISOR);

        String preview = mvc.perform(get("/documents/preview").param("period", String.valueOf(june)).param("kind", "SUMMARY")
                .with(TestUsers.api(leader))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(preview).contains("official-page", "一、主要工作进展情况", "累计完成新建高标准农田1850亩");
        assertThat(mvc.perform(post("/documents").param("period", String.valueOf(june)).param("kind", "BULLETIN")
                .with(TestUsers.api(leader))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/api/periods/" + june + "/documents").param("kind", "SUMMARY")
                .with(TestUsers.api(foreign))).andReturn().getResponse().getStatus()).isEqualTo(404);

        var made = mvc.perform(post("/api/periods/" + june + "/documents").param("kind", "SUMMARY")
                .with(TestUsers.api(office))).andReturn().getResponse();
        assertThat(made.getStatus()).isEqualTo(200);
        long id = stored.ofPeriod(june).get(0).id();
        var file = mvc.perform(get("/documents/" + id + "/download").with(TestUsers.api(leader))).andReturn().getResponse();
        assertThat(file.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(Checksums.sha256(file.getContentAsByteArray())).isEqualTo(stored.find(id).orElseThrow().sha256());
        assertThat(mvc.perform(get("/documents/" + id + "/download").with(TestUsers.api(foreign)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        // Its OFD, kept with it: the checksum kept, the same text, audited like the .docx; not for another county.
        var ofd = mvc.perform(get("/documents/" + id + "/ofd").with(TestUsers.api(leader))).andReturn().getResponse();
        assertThat(ofd.getStatus()).isEqualTo(200);
        assertThat(ofd.getContentType()).isEqualTo("application/ofd");
        assertThat(ofd.getHeader("Content-Disposition")).startsWith("attachment;").contains(".ofd");
        assertThat(Checksums.sha256(ofd.getContentAsByteArray())).isEqualTo(stored.find(id).orElseThrow().ofdSha256());
        OfdReading.assertSameText(file.getContentAsByteArray(), ofd.getContentAsByteArray());
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = '下载' and after ->> 'path' = :p")
                .param("a", leader).param("p", "/documents/" + id + "/ofd").query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get("/documents/" + id + "/ofd").with(TestUsers.api(foreign))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        String page = mvc.perform(get("/documents").param("plan", String.valueOf(periods.find(june).orElseThrow().planId()))
                .param("period", String.valueOf(june)).with(TestUsers.api(leader))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/documents/" + id + "/ofd", "下载 OFD");
    }

    @Test
    void theLedgerCarriesThePeriodsProgressColouredByStatus() throws Exception {
        long june = setUp();
        String leader = users.user(c, c.office(), Role.LEADER);
        byte[] xlsx = mvc.perform(get("/api/periods/" + june + "/ledger").with(TestUsers.api(leader)))
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            List<String> header = new ArrayList<>();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("台账"); // the title, then the 制表 line
            sheet.getRow(2).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactly("序号", "工作任务", "目标要求", "牵头单位", "配合单位", "责任领导", "责任人",
                    "完成时限", "进展情况", "完成率", "状态", "存在问题", "下步打算", "备注");
            var row = sheet.getRow(5); // 新建村级养老服务站: 5 of 12 by the end of June
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("新建村级养老服务站");
            assertThat(row.getCell(2).getStringCellValue()).contains("不低于12个");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("按计划推进");
            // The figure its reason quotes, as a number formatted as a percent.
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(0.417);
            assertThat(new DataFormatter().formatCellValue(row.getCell(9))).isEqualTo("41.7%");
            assertThat(row.getCell(13).getStringCellValue()).startsWith("完成41.7%");
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo("滞后");
            var formatting = sheet.getSheetConditionalFormatting();
            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(3);
            assertThat(formatting.getConditionalFormattingAt(1).getRule(0).getFormula1()).isEqualTo("$K4=\"滞后\"");
            assertThat(formatting.getConditionalFormattingAt(1).getFormattingRanges()[0].formatAsString()).isEqualTo("A4:N11");
        }
    }

    @Test
    void theReaderRecoversTheSummarysQuantities() throws Exception {
        long june = setUp();
        freezes.freeze(june, "office", true);
        PeriodDocuments.Draft summary = documents.summary(june, "县政府督查室", LocalDate.of(2025, 7, 2));
        byte[] docx = OfficialDocx.write(summary.blocks());
        Path out = Files.createDirectories(Path.of("target", "documents")).resolve("summary-roundtrip.docx");
        Files.write(out, docx);

        Extraction read = Reader.read("summary", DocumentText.read("summary.docx", docx), 2025);
        List<PeriodDocuments.Written> written = summary.quantities();
        assertThat(written).hasSizeGreaterThan(20);
        List<Quantity> found = new ArrayList<>(read.quantities());
        int matched = 0;
        int kindRight = 0;
        for (PeriodDocuments.Written w : written) {
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i).surface().equals(w.surface())) {
                    matched++;
                    kindRight += found.get(i).kind().equals(w.kind()) ? 1 : 0;
                    found.remove(i);
                    break;
                }
            }
        }
        double precision = (double) matched / read.quantities().size();
        double recall = (double) matched / written.size();
        double f1 = 2 * precision * recall / (precision + recall);
        double kind = (double) kindRight / matched;
        System.out.printf("summary round trip: %d written, %d read, %d matched, F1 %.3f, kind %.3f%n",
                written.size(), read.quantities().size(), matched, f1, kind);
        assertThat(f1).as("detection F1; written %s, read %s", written,
                read.quantities().stream().map(q -> q.surface() + "/" + q.kind()).toList()).isGreaterThanOrEqualTo(0.98);
        assertThat(kind).as("kind accuracy").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aBulletinNamesItsYearOnceAndCarriesItsIssueMastheadAndImprint() throws Exception {
        Function<String, String> titled = plan -> PeriodDocuments.of(Map.of("title", plan),
                new ReportingPeriod(1, 1, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                        LocalDate.of(2026, 11, 25), "2026年11月", null, null));
        assertThat(titled.apply("青川县2026年重点工作任务分解")).isEqualTo("青川县2026年重点工作任务分解11月份");
        assertThat(titled.apply("青川县二〇二六年重点工作")).isEqualTo("青川县二〇二六年重点工作11月份");
        assertThat(titled.apply("青川县重点工作")).isEqualTo("青川县重点工作2026年11月");

        long june = setUp();
        freezes.freeze(june, "office", true);
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.perform(post("/api/periods/" + june + "/documents").param("kind", "BULLETIN")
                    .with(TestUsers.api(office))).andReturn().getResponse().getStatus()).isEqualTo(200);
        }
        var written = stored.ofPeriod(june);
        assertThat(written).hasSize(2);
        for (var d : written) {
            try (var doc = new XWPFDocument(new ByteArrayInputStream(stored.content(d.id())))) {
                String text = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
                // Written twice for one period, the bulletin keeps 第1期.
                assertThat(text).startsWith(c.county().name() + "人民政府督查室\n督查通报\n第1期\n");
                assertThat(text).contains("抄送：县委办公室", "印发", c.county().name() + "人民政府督查室\n2025年");
            }
        }
        DocumentRendering.render(stored.content(written.get(0).id()), "bulletin-generated");
    }
}
