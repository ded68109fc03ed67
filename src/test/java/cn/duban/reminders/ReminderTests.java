package cn.duban.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanApplication;
import cn.duban.DubanTest;
import cn.duban.TestClock;
import cn.duban.TestReceivers;
import cn.duban.TestUsers;
import cn.duban.system.DatabaseServer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 催办 and 督办 with a fake clock, a local SMTP server and a local robot receiver: what is
 * decided on a day, what each channel receives and in which format, that repeated runs add
 * nothing, that a failing robot is retried and then given up, and that two application
 * instances on one database send each reminder once.
 */
@DubanTest
class ReminderTests {

    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ReminderJob job;
    @Autowired
    Notifications notifications;
    @Autowired
    DatabaseServer server;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A county whose first township leads one task of 100, due {@code deadline}, with three channels. */
    private record Setup(TestUsers.County county, long plan, long task, String tag) {
    }

    private Setup setup(LocalDate deadline) {
        TestUsers.County c = users.county();
        long plan = jdbc.sql("insert into plan (title, year, area_id, created_by) values ('提醒测试', 2025, :a, 'test') returning id")
                .param("a", c.county().id()).query(Long.class).single();
        long task = jdbc.sql("""
                insert into task (plan_id, position, number, title, lead_org_id, deadline, leader)
                values (:p, 0, '1', '建成村级养老服务站', :u, :d, '王副县长') returning id""")
                .param("p", plan).param("u", c.townA().id()).param("d", deadline).query(Long.class).single();
        jdbc.sql("""
                insert into indicator (task_id, position, name, target_value, unit, comparator, kind)
                values (:t, 0, '养老服务站', 100, '个', '>=', 'target')""")
                .param("t", task).update();
        String tag = c.tag();
        for (var contact : List.of(Map.entry("EMAIL", "town-" + tag + "@example.cn"),
                Map.entry("DINGTALK", TestReceivers.webhook("/ding/" + tag)),
                Map.entry("WECOM", TestReceivers.webhook("/wecom/" + tag)))) {
            jdbc.sql("insert into contact (organisation_id, channel, address) values (:o, :c, :a)")
                    .param("o", c.townA().id()).param("c", contact.getKey()).param("a", contact.getValue()).update();
        }
        jdbc.sql("insert into contact (organisation_id, channel, address) values (:o, 'DINGTALK', :a)")
                .param("o", c.county().id()).param("a", TestReceivers.webhook("/leaders/" + tag)).update();
        return new Setup(c, plan, task, tag);
    }

    private static List<TestReceivers.Mail> mailsTo(String tag) {
        return TestReceivers.MAILS.stream().filter(m -> m.to().equals("town-" + tag + "@example.cn")).toList();
    }

    private static List<TestReceivers.Post> posts(String path) {
        return TestReceivers.POSTS.stream().filter(p -> p.path().equals(path)).toList();
    }

    @Test
    void aDueDateAndAMissingReportAreRemindedOnceOnEveryChannel() {
        Setup s = setup(LocalDate.of(2025, 6, 20));
        clock.set(LocalDate.of(2025, 6, 18));
        job.runOnce();
        job.runOnce();

        List<Notification> inbox = notifications.inbox(s.county().townA().id(), null, 50);
        assertThat(inbox).extracting(Notification::grade, Notification::title).containsExactlyInAnyOrder(
                Tuple.tuple(Grade.BLUE, "任务即将到期：建成村级养老服务站"),
                Tuple.tuple(Grade.YELLOW, "未按时报送：2025年5月"));
        assertThat(inbox.stream().filter(n -> n.grade() == Grade.BLUE).findFirst().orElseThrow().body())
                .contains("完成时限为 2025-06-20，还有 2 天");

        assertThat(mailsTo(s.tag())).hasSize(2).extracting(TestReceivers.Mail::subject)
                .containsExactlyInAnyOrder("【蓝色提醒】任务即将到期：建成村级养老服务站", "【黄色预警】未按时报送：2025年5月");
        List<TestReceivers.Post> ding = posts("/ding/" + s.tag());
        List<TestReceivers.Post> wecom = posts("/wecom/" + s.tag());
        assertThat(ding).hasSize(2);
        assertThat(wecom).hasSize(2);
        assertThat(ding.get(0).body()).contains("\"msgtype\":\"markdown\"", "\"title\":", "\"text\":\"### 【");
        assertThat(wecom.get(0).body()).contains("\"msgtype\":\"markdown\"", "\"content\":\"### 【").doesNotContain("\"title\"");
        assertThat(posts("/leaders/" + s.tag())).isEmpty();
    }

    @Test
    void anOverdueTaskIsEscalatedRedToTheLeadersNamingTheResponsibleLeader() {
        Setup s = setup(LocalDate.of(2025, 6, 20));
        clock.set(LocalDate.of(2025, 6, 10));
        // The township reports 50 of 100 in June, approved on time; then the deadline passes.
        long period = periodOn(s.plan(), LocalDate.of(2025, 6, 10));
        long report = jdbc.sql("""
                insert into unit_report (period_id, organisation_id, state, approved_at)
                values (:p, :u, 'APPROVED', '2025-06-10') returning id""")
                .param("p", period).param("u", s.county().townA().id()).query(Long.class).single();
        long entry = jdbc.sql("""
                insert into task_entry (report_id, task_id, revision, narrative, created_by)
                values (:r, :t, 1, '建成50个', 'test') returning id""")
                .param("r", report).param("t", s.task()).query(Long.class).single();
        jdbc.sql("insert into entry_value (entry_id, indicator_id, actual) select :e, id, 50 from indicator where task_id = :t")
                .param("e", entry).param("t", s.task()).update();
        clock.set(LocalDate.of(2025, 6, 23));
        job.runOnce();

        List<Notification> leaders = notifications.inbox(s.county().office().id(), s.county().county().id(), 50);
        assertThat(leaders).filteredOn(n -> n.grade() == Grade.RED).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("超期督办：建成村级养老服务站");
            assertThat(n.body()).contains("牵头单位 甲镇", "责任领导 王副县长", "完成50%", "已超过完成时限（2025年6月20日）3天");
        });
        assertThat(posts("/leaders/" + s.tag())).hasSize(1);
        assertThat(notifications.inbox(s.county().townA().id(), null, 50)).extracting(Notification::grade).contains(Grade.RED);
    }

    @Test
    void aFailingRobotIsRetriedAndThenGivenUpWithItsError() {
        TestUsers.County c = users.county();
        long plan = jdbc.sql("insert into plan (title, year, area_id, created_by) values ('失败测试', 2025, :a, 'test') returning id")
                .param("a", c.county().id()).query(Long.class).single();
        jdbc.sql("insert into task (plan_id, position, number, title, lead_org_id, deadline) values (:p, 0, '1', '任务', :u, '2025-06-20')")
                .param("p", plan).param("u", c.townA().id()).update();
        jdbc.sql("insert into contact (organisation_id, channel, address) values (:o, 'WECOM', :a)")
                .param("o", c.townA().id()).param("a", TestReceivers.webhook("/fail/" + c.tag())).update();
        clock.set(LocalDate.of(2025, 6, 18));
        for (int i = 0; i < 6; i++) {
            job.runOnce();
        }
        List<Map<String, Object>> rows = jdbc.sql("""
                select d.state, d.attempts, d.last_error from delivery d join notification n on n.id = d.notification_id
                where n.organisation_id = :o""").param("o", c.townA().id()).query().listOfRows();
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("state")).isEqualTo("FAILED");
            assertThat(r.get("attempts")).isEqualTo(5);
            assertThat((String) r.get("last_error")).contains("HTTP 500");
        });
        assertThat(posts("/fail/" + c.tag())).hasSize(5 * rows.size());
    }

    @Test
    void twoInstancesOnOneDatabaseSendEachReminderOnce() throws Exception {
        Setup s = setup(LocalDate.of(2025, 6, 20));
        DatabaseServer db = server;
        // Command-line arguments, not default properties: application.properties would override those.
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(DubanApplication.class)
                .initializers(new TestReceivers.Initializer())
                .run("--duban.db.url=" + db.url(), "--duban.db.user=" + db.appUser(), "--duban.db.password=" + db.appPassword(),
                        "--duban.db.owner-user=" + db.ownerUser(), "--duban.db.owner-password=" + db.ownerPassword(),
                        // The same data folder, so the same SM4 key: every node must hold the key the others wrote with.
                        "--duban.data-dir=target/test-data",
                        "--server.port=0", "--management.server.port=0", "--duban.reminders.enabled=false", "--duban.demo=false")) {
            assertThat(second.getBean(JdbcClient.class).sql("select count(*) from plan where id = :p").param("p", s.plan())
                    .query(Long.class).single()).as("the second instance works on the same database").isEqualTo(1);
            TestClock otherClock = second.getBean(TestClock.class);
            ReminderJob otherJob = second.getBean(ReminderJob.class);
            clock.set(LocalDate.of(2025, 6, 18));
            otherClock.set(LocalDate.of(2025, 6, 18));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<ReminderJob.Run>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit((Callable<ReminderJob.Run>) job::runOnce));
                runs.add(pool.submit((Callable<ReminderJob.Run>) otherJob::runOnce));
            }
            for (Future<ReminderJob.Run> r : runs) {
                r.get();
            }
            pool.shutdown();
        }
        assertThat(mailsTo(s.tag())).hasSize(2);
        assertThat(posts("/ding/" + s.tag())).hasSize(2);
        assertThat(posts("/wecom/" + s.tag())).hasSize(2);
        assertThat(jdbc.sql("select count(*) from notification where organisation_id = :o")
                .param("o", s.county().townA().id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void everyPlanWithAnOpenPeriodIsRemindedAndASatisfiedReminderIsWithdrawn() {
        Setup s = setup(LocalDate.of(2025, 12, 31));
        // A newer plan in which the department leads six tasks and reports nothing.
        long newer = jdbc.sql("insert into plan (title, year, area_id, created_by) values ('新计划', 2025, :a, 'test') returning id")
                .param("a", s.county().county().id()).query(Long.class).single();
        for (int i = 0; i < 6; i++) {
            jdbc.sql("insert into task (plan_id, position, number, title, lead_org_id) values (:p, :i, :n, :t, :u)")
                    .param("p", newer).param("i", i).param("n", String.valueOf(i + 1)).param("t", "部门任务" + i)
                    .param("u", s.county().department().id()).update();
        }
        clock.set(LocalDate.of(2025, 6, 27));
        ReminderJob.Run run = job.runOnce();
        assertThat(run.plansRefreshed()).as("both plans, in one run").isGreaterThanOrEqualTo(2);
        assertThat(notifications.inbox(s.county().department().id(), null, 50)).extracting(Notification::title)
                .contains("未按时报送：2025年6月");
        List<Notification> town = notifications.inbox(s.county().townA().id(), null, 50);
        assertThat(town).extracting(Notification::title).contains("未按时报送：2025年6月");

        // 甲镇's June report reaches the office: its reminder for June is withdrawn, the department's stays.
        long june = jdbc.sql("select id from reporting_period where plan_id = :p and starts = '2025-06-01'").param("p", s.plan())
                .query(Long.class).single();
        jdbc.sql("insert into unit_report (period_id, organisation_id, state, approved_at) values (:p, :u, 'APPROVED', now())")
                .param("p", june).param("u", s.county().townA().id()).update();
        job.runOnce();
        assertThat(notifications.inbox(s.county().townA().id(), null, 50)).extracting(Notification::title)
                .doesNotContain("未按时报送：2025年6月");
        assertThat(jdbc.sql("select withdrawn_at is not null from notification where dedupe_key = :k")
                .param("k", "report-missing:" + june + ":" + s.county().townA().id()).query(Boolean.class).single()).isTrue();
        assertThat(notifications.inbox(s.county().department().id(), null, 50)).extracting(Notification::title)
                .contains("未按时报送：2025年6月");
    }

    private long periodOn(long plan, LocalDate day) {
        job.runOnce(); // opens the plan's periods up to today
        return jdbc.sql("select id from reporting_period where plan_id = :p and starts <= :d and ends >= :d")
                .param("p", plan).param("d", day).query(Long.class).single();
    }
}
