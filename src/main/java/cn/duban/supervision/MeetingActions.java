package cn.duban.supervision;

import cn.duban.audit.AuditTrail;
import cn.duban.ledger.Plans;
import cn.duban.ledger.Tasks;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A 调度会's decisions applied to the ledger through the ledger (which audits the change),
 * each kept with its meeting: a new task in a plan, or a task's new deadline.
 */
@Component
public class MeetingActions {

    private final JdbcClient jdbc;
    private final Plans plans;
    private final Tasks tasks;
    private final AuditTrail audit;

    MeetingActions(JdbcClient jdbc, Plans plans, Tasks tasks, AuditTrail audit) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.tasks = tasks;
        this.audit = audit;
    }

    public record Action(long id, String kind, long taskId, String taskTitle, String decision, String createdBy,
            OffsetDateTime createdAt) {
    }

    @Transactional
    public Action newTask(Inspection meeting, long planId, String title, Long leadUnit, Collection<Long> areaUnits,
            LocalDate deadline, String by) {
        requireDispatch(meeting);
        requirePlanOfArea(planId, meeting.areaId());
        if (title == null || title.isBlank()) {
            throw new SupervisionRejected("请填写会议确定的任务名称", "title");
        }
        if (leadUnit == null || !areaUnits.contains(leadUnit)) {
            throw new SupervisionRejected("请选择本区域内的牵头单位", "lead");
        }
        long task = plans.addTask(planId, new Plans.NewTask("", title.strip(), "", leadUnit, List.of(), deadline, List.of(),
                null, null), meetingName(meeting));
        String decision = "新增任务“" + title.strip() + "”" + (deadline == null ? "" : "，完成时限 " + deadline);
        return keep(meeting, "NEW_TASK", task, decision, by);
    }

    @Transactional
    public Action moveDeadline(Inspection meeting, long taskId, LocalDate deadline, String by) {
        requireDispatch(meeting);
        Long plan = jdbc.sql("select t.plan_id from task t join plan p on p.id = t.plan_id where t.id = :t and p.area_id = :a")
                .param("t", taskId).param("a", meeting.areaId()).query(Long.class).optional()
                .orElseThrow(() -> new SupervisionRejected("任务不在本区域的计划中", "task"));
        LocalDate before = jdbc.sql("select deadline from task where id = :t").param("t", taskId).query(LocalDate.class).optional()
                .orElse(null);
        tasks.moveDeadline(taskId, deadline, meetingName(meeting));
        return keep(meeting, "DEADLINE", taskId, "完成时限由 " + (before == null ? "未定" : before) + " 调整为 " + deadline
                + "（计划 " + plan + "）", by);
    }

    public List<Action> of(long meetingId) {
        return jdbc.sql("""
                select a.id, a.kind, a.task_id, t.title as task_title, a.decision, a.created_by, a.created_at
                from meeting_action a join task t on t.id = a.task_id where a.inspection_id = :m order by a.id""")
                .param("m", meetingId).query(Action.class).list();
    }

    private Action keep(Inspection meeting, String kind, long taskId, String decision, String by) {
        long id = jdbc.sql("""
                insert into meeting_action (inspection_id, kind, task_id, decision, created_by)
                values (:m, :k, :t, :d, :by) returning id""")
                .param("m", meeting.id()).param("k", kind).param("t", taskId).param("d", decision).param("by", by)
                .query(Long.class).single();
        audit.record("调度会决定", "inspection", meeting.id(), null, Map.of("action", id, "task", taskId, "decision", decision));
        return of(meeting.id()).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private static void requireDispatch(Inspection meeting) {
        if (meeting.kind() != InspectionKind.DISPATCH) {
            throw new SupervisionRejected("只有调度会可以作出调整台账的决定");
        }
    }

    private void requirePlanOfArea(long planId, long areaId) {
        if (jdbc.sql("select count(*) from plan where id = :p and area_id = :a").param("p", planId).param("a", areaId)
                .query(Long.class).single() == 0) {
            throw new SupervisionRejected("计划不在本区域内", "plan");
        }
    }

    private static String meetingName(Inspection meeting) {
        return meeting.heldOn() + " " + meeting.kind().label() + "“" + meeting.title() + "”（#" + meeting.id() + "）";
    }
}
