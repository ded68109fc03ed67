package cn.duban.demo;

import cn.duban.extract.DemoDocuments;
import cn.duban.ledger.PlanImports;
import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.Organisations;
import cn.duban.security.PasswordChanged;
import cn.duban.security.PasswordPolicy;
import cn.duban.security.Role;
import cn.duban.security.UserAccounts;
import cn.duban.time.CountyTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start (an empty database) Duban sets up a demo county, a user for each role
 * with a printed initial password, and imports the demo plans, so a newcomer sees a real
 * ledger at once. Turned off with duban.demo=false.
 */
@Component
class DemoCounty implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);

    private final Organisations organisations;
    private final UserAccounts accounts;
    private final PlanImports imports;
    private final DemoDocuments demos;
    private final DemoProgress progress;
    private final DemoSupervision supervision;
    private final DemoLevels levels;
    private final TransactionTemplate tx;
    private final boolean enabled;
    private final Path dataDir;
    private final CountyTime time;

    DemoCounty(Organisations organisations, UserAccounts accounts, PlanImports imports, DemoDocuments demos, DemoProgress progress,
            DemoSupervision supervision, DemoLevels levels,
            TransactionTemplate tx, @Value("${duban.demo:true}") boolean enabled,
            @Value("${duban.data-dir:data}") Path dataDir, CountyTime time) {
        this.dataDir = dataDir;
        this.time = time;
        this.organisations = organisations;
        this.accounts = accounts;
        this.imports = imports;
        this.demos = demos;
        this.progress = progress;
        this.supervision = supervision;
        this.levels = levels;
        this.tx = tx;
        this.enabled = enabled;
    }

    /**
     * The initial passwords' file is a secret lying on disk: once every user in it has set a password of
     * their own, nothing in it opens anything, and it goes (checked at each start and after each change).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void passwordChanged(PasswordChanged changed) {
        removeSpentPasswords();
    }

    void removeSpentPasswords() {
        removeSpent(dataDir.resolve("initial-passwords.txt").toAbsolutePath());
    }

    /** Deletes the passwords' file once every account it names has a password of its own. */
    void removeSpent(Path file) {
        try {
            if (!Files.exists(file)) {
                return;
            }
            List<String> users = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")[0]).toList();
            if (accounts.allChangedTheirPasswords(users)) {
                Files.deleteIfExists(file);
                log.warn("示例用户均已修改初始密码，已删除初始密码文件 {}", file);
            }
        } catch (IOException e) {
            log.error("无法检查或删除初始密码文件 {}（{}）", file, e.getMessage());
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        removeSpentPasswords();
        if (!enabled || !organisations.isEmpty()) {
            log.info("数据库中已有组织机构（或已关闭示例数据），不再创建示例县");
            return;
        }
        Map<String, String> passwords = tx.execute(status -> seed());
        StringBuilder table = new StringBuilder("# 青川县示例用户的初始密码（首次登录须修改）。取走后请删除本文件。\n");
        passwords.forEach((user, password) -> table.append(String.format("%-14s %s%n", user, password)));
        // Passwords never go to a log or the console, which others read: to a file only this account can read.
        Path file = dataDir.resolve("initial-passwords.txt").toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, table, StandardCharsets.UTF_8);
            log.warn("首次启动：已创建示例县“青川县”及 {} 个用户；初始密码已写入 {}（仅本账号可读，首次登录须修改）", passwords.size(), file);
        } catch (IOException | UnsupportedOperationException e) {
            log.error("首次启动：已创建示例县，但初始密码文件 {} 无法写入（{}）；请由系统管理员重置各用户密码", file, e.getMessage());
        }
    }

    private Map<String, String> seed() {
        // The demo county sits in a city, so that work assigned from above (上级交办) and its roll-up have a level to come from.
        Organisation city = organisations.add("青山市", OrganisationKind.CITY, null);
        Organisation county = organisations.add("青川县", OrganisationKind.COUNTY, city.id());
        Organisation office = organisations.add("县政府督查室", OrganisationKind.OFFICE, county.id());
        Organisation qinghe = organisations.add("清河镇", OrganisationKind.TOWNSHIP, county.id());
        Organisation shiqiao = organisations.add("石桥镇", OrganisationKind.TOWNSHIP, county.id());
        organisations.add("龙坪乡", OrganisationKind.TOWNSHIP, county.id());
        for (String village : new String[]{"白沙村", "桥头村", "河东村"}) {
            organisations.add(village, OrganisationKind.VILLAGE, qinghe.id());
        }
        organisations.add("石桥村", OrganisationKind.VILLAGE, shiqiao.id());
        Organisation agriculture = null;
        for (String department : new String[]{"县发展和改革局", "县财政局", "县农业农村局", "县住房和城乡建设局", "县生态环境局",
                "县城市管理局", "县卫生健康委员会", "县水利局", "县民政局", "县自然资源局"}) {
            Organisation d = organisations.add(department, OrganisationKind.DEPARTMENT, county.id());
            if (department.equals("县农业农村局")) {
                agriculture = d;
            }
        }
        Organisation post = organisations.add("县城乡环境整治攻坚指挥部", OrganisationKind.COMMAND_POST, county.id());
        for (Organisation member : organisations.within(organisations.subtree(county.id()))) {
            if (member.kind() == OrganisationKind.TOWNSHIP || List.of("县农业农村局", "县住房和城乡建设局", "县生态环境局",
                    "县城市管理局").contains(member.name())) {
                organisations.addMember(post.id(), member.id());
            }
        }

        Map<String, String> passwords = new LinkedHashMap<>();
        user(passwords, "ducha", "督查室 张明", office.id(), Role.SUPERVISOR);
        user(passwords, "lingdao", "分管副县长 李华", county.id(), Role.LEADER);
        user(passwords, "qinghe", "清河镇联络员 王芳", qinghe.id(), Role.LIAISON);
        user(passwords, "qinghe_head", "清河镇镇长 赵强", qinghe.id(), Role.UNIT_HEAD);
        user(passwords, "nongye", "县农业农村局联络员 陈静", agriculture.id(), Role.LIAISON);
        user(passwords, "zhihuibu", "攻坚指挥部联络员 周涛", post.id(), Role.LIAISON);
        user(passwords, "shenji", "审计员 孙丽", county.id(), Role.AUDITOR);
        user(passwords, "admin", "系统管理员", office.id(), Role.ADMIN);
        user(passwords, "anquan", "安全管理员", office.id(), Role.SECURITY_ADMIN);
        Organisation cityOffice = levels.city(county);
        user(passwords, "shi_ducha", "市督查室 刘洋", cityOffice.id(), Role.SUPERVISOR);

        for (DemoDocuments.Demo demo : demos.all()) {
            // "03-" only orders the demo files; the plan is named as the document is.
            long plan = imports.importAsProposed(demo.fileName().replaceFirst("^\\d+-", ""), demo.bytes(), county.id(), "system");
            if (demo.fileName().contains(String.valueOf(time.year()))) {
                progress.seed(plan);
                supervision.seed(county.id(), organisations.subtree(county.id()), plan);
            }
        }
        levels.seed(county, time.year());
        return passwords;
    }

    private void user(Map<String, String> passwords, String username, String name, long unit, Role role) {
        String password = PasswordPolicy.initial();
        accounts.create(username, name, unit, role, password);
        passwords.put(username, password);
    }
}
