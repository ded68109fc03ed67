package cn.duban.messaging;

import cn.duban.audit.AuditTrail;
import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.OrganisationRejected;
import cn.duban.org.Organisations;
import cn.duban.security.UserAccount;
import cn.duban.security.UserAccounts;
import cn.duban.time.CountyTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messaging app's directory (通讯录) brought into Duban, beside the organisation sheet: its departments as the
 * platform lists them ({@code topapi/v2/department/listsub}: dept_id, name, parent_id) and its people
 * ({@code topapi/v2/user/list}: userid, unionid, name, job_number, dept_id_list), in one JSON file
 * {@code {"departments":[…],"users":[…]}}. A department is the unit of the area with its name, else added under its
 * parent (the root, dept_id 1, is the area) with the kind its name says (…镇/乡/街道, …村/社区, 督查室, else a
 * department). A person whose 工号 is the username of an account of the importing area is that account's person
 * there — their 待办 go to them; nobody else is
 * given an account: they are listed for the administrator. Signing in through the light app as that account takes the
 * security administrator's link, as single sign-on's does. All or nothing.
 */
@Component
class Directory {

    static final String PROVIDER = "dingtalk";
    /** The bound of a directory file: a county's whole directory is a few hundred kilobytes. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Organisations organisations;
    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CountyTime time;

    Directory(Organisations organisations, UserAccounts accounts, JdbcClient jdbc, AuditTrail audit, CountyTime time) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.time = time;
    }

    /** What an import did: units added, people matched to accounts, and people no account has. */
    record Imported(List<String> added, List<String> matched, List<String> unmatched) {
    }

    @Transactional
    Imported importJson(byte[] bytes, long areaId) {
        if (bytes == null || bytes.length == 0) {
            throw new DirectoryRejected("请选择钉钉通讯录导出的 JSON 文件；所选文件为空");
        }
        if (bytes.length > MAX_BYTES) {
            throw new DirectoryRejected("文件超过 5 MB 上限");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            // Where it broke, not the parser's English: the person fixes the export, not the parser.
            var at = e.getLocation();
            throw new DirectoryRejected(at == null || at.getLineNr() < 1
                    ? "不是有效的 JSON 文件"
                    : "不是有效的 JSON 文件：第 %d 行第 %d 列附近格式有误或文件不完整".formatted(at.getLineNr(), at.getColumnNr()));
        }
        if (!root.path("departments").isArray() || !root.path("users").isArray()) {
            throw new DirectoryRejected("JSON 应包含 departments（部门列表）和 users（人员列表）两个数组");
        }
        Organisation county = organisations.find(areaId).orElseThrow();
        java.util.Set<Long> area = organisations.subtree(areaId);
        Map<String, Organisation> byName = new HashMap<>();
        organisations.within(organisations.subtree(areaId)).forEach(o -> byName.putIfAbsent(o.name(), o));
        Map<Long, Organisation> byDept = new HashMap<>();
        byDept.put(1L, county);
        List<String> added = new ArrayList<>();
        // Parents before children: a department waits until its parent is known (at most as many passes as there are).
        List<JsonNode> pending = new ArrayList<>();
        root.path("departments").forEach(pending::add);
        for (int pass = 0; !pending.isEmpty() && pass <= root.path("departments").size(); pass++) {
            List<JsonNode> later = new ArrayList<>();
            for (JsonNode d : pending) {
                long id = d.path("dept_id").asLong(-1);
                String name = d.path("name").asString("").strip();
                if (id < 0 || name.isEmpty()) {
                    throw new DirectoryRejected("部门缺少 dept_id 或 name：" + d);
                }
                if (id == 1) {
                    continue;
                }
                Organisation parent = byDept.get(d.path("parent_id").asLong(1));
                if (parent == null) {
                    later.add(d);
                    continue;
                }
                Organisation known = byName.get(name);
                if (known == null) {
                    try {
                        known = organisations.add(name, kindOf(name), parent.id());
                    } catch (OrganisationRejected e) {
                        throw new DirectoryRejected("部门“" + name + "”不能加在“" + parent.name() + "”下：" + e.getMessage());
                    }
                    byName.put(name, known);
                    added.add(name);
                }
                byDept.put(id, known);
            }
            pending = later;
        }
        if (!pending.isEmpty()) {
            throw new DirectoryRejected("有部门的上级部门不在文件中：" + pending.get(0).path("name").asString());
        }
        List<String> matched = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (JsonNode u : root.path("users")) {
            String userId = u.path("userid").asString("");
            String unionId = u.path("unionid").asString("");
            String name = u.path("name").asString("");
            String jobNumber = u.path("job_number").asString("").strip();
            // Only an account of the importing area; and the person is only who gets that account's 待办 — signing in as it
            // (免登) takes the security administrator's link (/security/identities, provider dingtalk).
            Optional<UserAccount> account = jobNumber.isEmpty()
                    ? Optional.empty()
                    : accounts.find(jobNumber).filter(a -> area.contains(a.organisationId()));
            if (userId.isBlank() || unionId.isBlank() || account.isEmpty()) {
                unmatched.add(name + (jobNumber.isEmpty() ? "（无工号）" : "（工号 " + jobNumber + "）"));
                continue;
            }
            jdbc.sql("""
                    insert into dingtalk_person (account_id, user_id, union_id, name, imported_at) values (:a, :u, :n, :name, :at)
                    on conflict (account_id) do update set user_id = excluded.user_id, union_id = excluded.union_id,
                        name = excluded.name, imported_at = excluded.imported_at""")
                    .param("a", account.get().id()).param("u", userId).param("n", unionId).param("name", name).param("at", time.now())
                    .update();
            matched.add(name + " → " + jobNumber);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("added", added);
        after.put("matched", matched.size());
        after.put("unmatched", unmatched.size());
        audit.record("导入钉钉通讯录", "organisation", areaId, null, after);
        return new Imported(added, matched, unmatched);
    }

    /** The kind a department's name says. */
    static OrganisationKind kindOf(String name) {
        if (name.endsWith("镇") || name.endsWith("乡") || name.endsWith("街道")) {
            return OrganisationKind.TOWNSHIP;
        }
        if (name.endsWith("村") || name.endsWith("社区")) {
            return OrganisationKind.VILLAGE;
        }
        if (name.contains("督查") || name.endsWith("政府办") || name.endsWith("办公室")) {
            return OrganisationKind.OFFICE;
        }
        if (name.endsWith("指挥部")) {
            return OrganisationKind.COMMAND_POST;
        }
        return OrganisationKind.DEPARTMENT;
    }
}
