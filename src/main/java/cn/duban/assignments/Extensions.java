package cn.duban.assignments;

import cn.duban.audit.AuditTrail;
import cn.duban.ledger.Tasks;
import cn.duban.refusal.NotFound;
import cn.duban.security.DubanUser;
import cn.duban.security.Role;
import cn.duban.time.CountyTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 延期申请: the task's lead unit asks to move its deadline, with reasons; the office of its area
 * approves (the ledger's deadline moves, so status counts from the new one) or refuses with a
 * reason. Both dates and the decision stay on record.
 */
@Service
public class Extensions {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Tasks tasks;
    private final CountyTime time;
    private final ApplicationEventPublisher events;

    Extensions(JdbcClient jdbc, AuditTrail audit, Tasks tasks, CountyTime time, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tasks = tasks;
        this.time = time;
    }

    private Optional<TaskFacts> task(long taskId) {
        return TaskFacts.of(jdbc, taskId);
    }

    /** The lead unit applies; returns the request's id. */
    @Transactional
    public long apply(Forms.ExtensionForm form, DubanUser by, Collection<Long> units) {
        // A task assigned from above is asked about by the office that received it, of the level that assigned it.
        TaskFacts t = task(form.taskId()).filter(x -> x.lead() != null && units.contains(x.lead())
                || x.origin() != null && by.role() == Role.SUPERVISOR && units.contains(x.area()))
                .orElseThrow(() -> new AssignmentRejected("只有任务的牵头单位可以申请延期"));
        long applicant = t.lead() != null && units.contains(t.lead()) ? t.lead() : t.area();
        if (t.deadline() == null) {
            throw new AssignmentRejected("该任务没有完成时限，无需申请延期");
        }
        if (!form.proposed().isAfter(t.deadline())) {
            throw new AssignmentRejected("申请延至的日期应晚于现在的完成时限（" + t.deadline() + "）");
        }
        if (form.proposed().isBefore(time.today())) {
            throw new AssignmentRejected("申请延至的日期不能早于今天");
        }
        long id;
        try {
            id = jdbc.sql("""
                    insert into extension_request (task_id, unit_id, reason, old_deadline, proposed, requested_by)
                    values (:t, :u, :r, :old, :p, :by) returning id""")
                    .param("t", t.id()).param("u", applicant).param("r", form.reason().strip()).param("old", t.deadline())
                    .param("p", form.proposed()).param("by", by.getUsername()).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new AssignmentRejected("该任务已有一份待审批的延期申请，请等督查室答复");
        }
        audit.record("申请延期", "extension_request", id, Map.of("deadline", t.deadline().toString()),
                Map.of("taskId", t.id(), "proposed", form.proposed().toString(), "reason", form.reason().strip()));
        events.publishEvent(new ExtensionRequested(id, t.decidedBy(), t.title(), by.account().displayName(), form.proposed()));
        return id;
    }

    /** The office approves: from now the task's deadline is the one asked for. */
    @Transactional
    public void approve(long id, String reason, DubanUser by, long areaId) {
        Extension e = pending(id, areaId);
        decide(e, "APPROVED", reason, by);
        tasks.moveDeadline(e.taskId(), e.proposed(), "延期申请（" + e.unitName() + "，" + time.date(e.requestedAt()) + "）");
    }

    /** The office refuses, saying why; the deadline stays. */
    @Transactional
    public void refuse(long id, String reason, DubanUser by, long areaId) {
        if (reason == null || reason.isBlank()) {
            throw new AssignmentRejected("不批准延期须说明理由");
        }
        decide(pending(id, areaId), "REFUSED", reason, by);
    }

    private Extension pending(long id, long areaId) {
        Extension e = find(id).orElseThrow(() -> new NotFound("延期申请不存在或无权审批"));
        if (task(e.taskId()).map(TaskFacts::decidedBy).orElse(-1L) != areaId) {
            throw new NotFound("延期申请不存在或无权审批");
        }
        if (!"PENDING".equals(e.state())) {
            throw new AssignmentRejected("该申请已" + e.stateLabel());
        }
        return e;
    }

    private void decide(Extension e, String state, String reason, DubanUser by) {
        String why = reason == null ? "" : reason.strip();
        int updated = jdbc.sql("""
                update extension_request set state = :s, decided_by = :by, decided_at = :now, decision_reason = :r
                where id = :id and state = 'PENDING'""")
                .param("now", time.now()).param("s", state).param("by", by.getUsername()).param("r", why).param("id", e.id()).update();
        if (updated == 0) {
            throw new AssignmentRejected("该申请刚被他人处理过，请刷新后再试");
        }
        audit.record("APPROVED".equals(state) ? "批准延期" : "不批准延期", "extension_request", e.id(), Map.of("state", "PENDING"),
                Map.of("state", state, "reason", why, "taskId", e.taskId()));
        events.publishEvent(new ExtensionDecided(e.id(), "APPROVED".equals(state)));
    }

    /** A task a unit may ask to extend: one it leads, not yet closed, with a deadline. */
    public record TaskChoice(long id, String title, LocalDate deadline) {
    }

    public List<TaskChoice> tasksLedBy(Collection<Long> units) {
        return jdbc.sql("""
                select t.id, t.title, t.deadline from task t join plan p on p.id = t.plan_id
                where t.lead_org_id in (:u) and t.deadline is not null and t.closed_at is null
                order by t.deadline, t.id""")
                .param("u", units)
                .query((rs, n) -> new TaskChoice(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** Tasks assigned to the area from above, which its office may ask the assigning level to extend. */
    public List<TaskChoice> tasksReceivedBy(long areaId) {
        return jdbc.sql("""
                select t.id, t.title, t.deadline from task t join plan p on p.id = t.plan_id
                where p.area_id = :a and t.origin_area_id is not null and t.deadline is not null and t.closed_at is null
                order by t.deadline, t.id""")
                .param("a", areaId)
                .query((rs, n) -> new TaskChoice(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** For the ledger's page: each task of a plan whose deadline an approved request moved, and the deadline it first had. */
    public Map<Long, LocalDate> originalDeadlines(long planId) {
        Map<Long, LocalDate> out = new HashMap<>();
        jdbc.sql("""
                select distinct on (e.task_id) e.task_id, e.old_deadline from extension_request e join task t on t.id = e.task_id
                where t.plan_id = :p and e.state = 'APPROVED' order by e.task_id, e.decided_at""")
                .param("p", planId).query((rs, n) -> out.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        return out;
    }

    public Optional<Extension> find(long id) {
        return list("e.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Requests of tasks in an area (the office), or of tasks its units lead. */
    public List<Extension> visible(long areaId, Collection<Long> units, boolean wholeArea) {
        return wholeArea
                ? list("(p.area_id = :a or t.origin_area_id = :a)", Map.of("a", areaId))
                : list("e.unit_id in (:u)", Map.of("u", units));
    }

    /** A task's requests, newest first: both deadlines and each decision, for its page. */
    public List<Extension> ofTask(long taskId) {
        return list("e.task_id = :t", Map.of("t", taskId));
    }

    private List<Extension> list(String where, Map<String, ?> params) {
        return jdbc.sql("""
                select e.id, e.task_id, t.title, e.unit_id, o.name, e.reason, e.old_deadline, e.proposed, e.state,
                       e.requested_by, e.requested_at, e.decided_by, e.decided_at, e.decision_reason
                from extension_request e join task t on t.id = e.task_id join plan p on p.id = t.plan_id
                join organisation o on o.id = e.unit_id
                where \s""" + where + " order by e.state = 'PENDING' desc, e.requested_at desc, e.id desc")
                .params(params)
                .query((rs, n) -> new Extension(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getString(9),
                        rs.getString(10), rs.getObject(11, OffsetDateTime.class), rs.getString(12),
                        rs.getObject(13, OffsetDateTime.class), rs.getString(14)))
                .list();
    }
}
