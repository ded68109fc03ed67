package cn.duban.messaging;

import cn.duban.assignments.AssignmentIssued;
import cn.duban.assignments.AssignmentSigned;
import cn.duban.assignments.ExtensionDecided;
import cn.duban.assignments.ExtensionRequested;
import cn.duban.audit.AuditTrail;
import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.Organisations;
import cn.duban.progress.ReportMoved;
import cn.duban.progress.ReportState;
import cn.duban.security.Role;
import cn.duban.security.UserAccount;
import cn.duban.security.UserAccounts;
import cn.duban.time.CountyTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 待办 in the messaging app for the person who must act, done there when the step is taken here: a unit head on a
 * submitted report (done when it is approved or returned), a unit's liaison and head on a 交办 to sign for (done on
 * 签收), the office on an extension (done on the decision). Each 待办 is one row per step and person; a person the
 * directory has not matched to an account gets none (the inbox and the robots still tell the unit). A call the
 * platform refuses is kept with its reason on the row and made again every ten minutes for three days (the inbox
 * has the message meanwhile).
 */
@Component
class Todos {

    private static final Logger log = LoggerFactory.getLogger(Todos.class);

    private final DingTalkSettings settings;
    private final DingTalk dingtalk;
    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final Organisations organisations;
    private final CountyTime time;
    private final AuditTrail audit;

    Todos(DingTalkSettings settings, DingTalk dingtalk, JdbcClient jdbc, UserAccounts accounts, Organisations organisations,
            CountyTime time, AuditTrail audit) {
        this.settings = settings;
        this.dingtalk = dingtalk;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.organisations = organisations;
        this.time = time;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(ReportMoved m) {
        // One 待办 per submission: a report returned and submitted again waits on its head again.
        String step = "report:" + m.reportId() + ":";
        if (m.state() == ReportState.SUBMITTED) {
            open(step + m.at().toEpochMilli(), people(m.unitId(), Role.UNIT_HEAD), "待审核：" + m.planTitle() + m.periodLabel() + "进展报送",
                    "本单位联络员已提交" + m.periodLabel() + "进展，请审核后报送督查室。", null, "/reports/" + m.reportId());
        } else {
            done(step);
        }
    }

    @ApplicationModuleListener
    void on(AssignmentIssued a) {
        List<UserAccount> people = people(a.unitId(), Role.LIAISON);
        people.addAll(people(a.unitId(), Role.UNIT_HEAD));
        open("assignment:" + a.assignmentId(), people, "待签收交办：" + shorten(a.matter()),
                a.number() + "交办“" + a.matter() + "”，办理时限" + CountyTime.dayOf(a.deadline()) + "，请签收。", a.deadline(),
                "/assignments/" + a.assignmentId());
    }

    @ApplicationModuleListener
    void on(AssignmentSigned s) {
        done("assignment:" + s.assignmentId());
    }

    @ApplicationModuleListener
    void on(ExtensionRequested e) {
        List<UserAccount> people = new java.util.ArrayList<>();
        for (Organisation office : offices(e.decidingAreaId())) {
            people.addAll(people(office.id(), Role.SUPERVISOR));
        }
        open("extension:" + e.requestId(), people, "待审批延期：" + shorten(e.taskTitle()),
                e.requestedBy() + "申请将“" + e.taskTitle() + "”延至" + CountyTime.dayOf(e.proposed()) + "，请审批。", null, "/extensions");
    }

    @ApplicationModuleListener
    void on(ExtensionDecided d) {
        done("extension:" + d.requestId());
    }

    /** Makes each person's 待办 for the step (one per person, however often the step is announced). */
    void open(String step, List<UserAccount> people, String subject, String description, LocalDate due, String path) {
        if (!settings.enabled()) {
            return;
        }
        String url = settings.dubanUrl() + path;
        Instant dueAt = due == null ? null : due.atTime(18, 0).atZone(time.zone()).toInstant();
        for (UserAccount person : people) {
            var union = jdbc.sql("select user_id, union_id from dingtalk_person where account_id = :a").param("a", person.id())
                    .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).optional();
            if (union.isEmpty()) {
                continue;
            }
            int added = jdbc.sql("""
                    insert into dingtalk_todo (step, account_id, union_id, subject, description, url, due, created_at)
                    values (:s, :a, :u, :sub, :d, :url, :due, :at)
                    on conflict (step, account_id) do nothing""")
                    .param("s", step).param("a", person.id()).param("u", union.get()[1]).param("sub", subject).param("d", description)
                    .param("url", url).param("due", dueAt == null ? null : OffsetDateTime.ofInstant(dueAt, time.zone()))
                    .param("at", time.now()).update();
            if (added > 0) {
                make(step, person.id(), union.get()[0], union.get()[1], subject, description, dueAt, url);
            }
        }
    }

    /** Makes one 待办 there and keeps its id; refused, the reason stays on the row and {@link #retry} tries again. */
    private void make(String step, long account, String userId, String unionId, String subject, String description, Instant due,
            String url) {
        try {
            String taskId = dingtalk.createTodo(unionId, step + ":" + account, subject, description, due, url);
            jdbc.sql("update dingtalk_todo set task_id = :t, failure = null, attempts = attempts + 1 where step = :s and account_id = :a")
                    .param("t", taskId).param("s", step).param("a", account).update();
            if (userId != null) {
                dingtalk.notice(List.of(userId), subject, description, url);
            }
            audit.recordAloneAs("钉钉", "推送待办", "app_user", account, null, Map.of("step", step, "task", taskId));
        } catch (Exception ex) {
            log.warn("钉钉待办未能创建（{}，账号 {}）：{}", step, account, ex.getMessage());
            jdbc.sql("update dingtalk_todo set failure = :f, attempts = attempts + 1 where step = :s and account_id = :a")
                    .param("f", String.valueOf(ex.getMessage())).param("s", step).param("a", account).update();
        }
    }

    /** A 待办 the platform refused, as kept to make it again. */
    record Failed(String step, long accountId, String unionId, String subject, String description, String url, OffsetDateTime due) {
    }

    /**
     * Every ten minutes, the 待办 the platform refused are made again (a moment's outage must not leave a person
     * without one), for three days and at most twenty times; a step taken meanwhile needs none. Rows are claimed (skip
     * locked): two nodes never make the same 待办 twice.
     */
    @Scheduled(fixedDelayString = "${duban.dingtalk.retry-ms:600000}", initialDelayString = "${duban.dingtalk.retry-ms:600000}")
    @org.springframework.transaction.annotation.Transactional
    void retry() {
        if (!settings.enabled()) {
            return;
        }
        List<Failed> failed = jdbc.sql("""
                select step, account_id, union_id, subject, description, url, due from dingtalk_todo
                where task_id is null and done_at is null and failure is not null and attempts < 20 and created_at > :since
                order by id limit 100 for update skip locked""")
                .param("since", time.now().minusDays(3)).query(Failed.class).list();
        for (Failed f : failed) {
            String userId = jdbc.sql("select user_id from dingtalk_person where account_id = :a").param("a", f.accountId())
                    .query(String.class).optional().orElse(null);
            make(f.step(), f.accountId(), userId, f.unionId(), f.subject(), f.description(), f.due() == null ? null : f.due().toInstant(),
                    f.url());
        }
    }

    /** The step was taken: every open 待办 for it is marked done there. */
    void done(String step) {
        if (!settings.enabled()) {
            return;
        }
        // A step ending in ":" is a prefix: every round of it (report:12: covers each submission of report 12).
        List<Object[]> open = jdbc.sql("""
                select id, union_id, task_id from dingtalk_todo
                where (step = :s or (right(:s, 1) = ':' and step like :s || '%')) and done_at is null""")
                .param("s", step).query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3)}).list();
        for (Object[] t : open) {
            try {
                if (t[2] != null) {
                    dingtalk.completeTodo((String) t[1], (String) t[2]);
                }
                jdbc.sql("update dingtalk_todo set done_at = :at, failure = null where id = :id").param("at", time.now()).param("id", t[0])
                        .update();
                audit.recordAloneAs("钉钉", "完成待办", "dingtalk_todo", (Long) t[0], null, Map.of("step", step));
            } catch (Exception ex) {
                log.warn("钉钉待办未能完成（{}）：{}", step, ex.getMessage());
                jdbc.sql("update dingtalk_todo set failure = :f where id = :id").param("f", String.valueOf(ex.getMessage()))
                        .param("id", t[0]).update();
            }
        }
    }

    private List<UserAccount> people(long unitId, Role role) {
        return new java.util.ArrayList<>(accounts.all().stream().filter(a -> a.organisationId() == unitId && a.role() == role
                && a.enabled()).toList());
    }

    /** The offices of an area (the area itself when it has none), who decide its extensions. */
    private List<Organisation> offices(long areaId) {
        List<Organisation> offices = organisations.within(organisations.subtree(areaId)).stream()
                .filter(o -> o.kind() == OrganisationKind.OFFICE && o.parentId() != null && o.parentId() == areaId).toList();
        return offices.isEmpty() ? organisations.within(List.of(areaId)) : offices;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) : s;
    }
}
