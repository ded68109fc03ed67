package cn.duban.levels;

import static cn.duban.levels.Levels.plain;

import cn.duban.audit.AuditTrail;
import cn.duban.refusal.NotFound;
import cn.duban.time.CountyTime;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 调整申请: the office that received a task from above asks the assigning level to change its share of
 * a quantity, with its reasons; that level approves (the share and the received task's target change)
 * or refuses with a reason.
 */
@Component
public class Adjustments {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CountyTime time;
    private final Levels levels;

    Adjustments(JdbcClient jdbc, AuditTrail audit, CountyTime time, Levels levels) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.time = time;
        this.levels = levels;
    }

    /** A request to change a received task's share of a quantity, as both offices see it. */
    public record Adjustment(long id, long taskId, String title, long areaId, String areaName, String indicator, String unit,
            BigDecimal oldValue,
            BigDecimal proposed, String reason, String state, String requestedBy, OffsetDateTime requestedAt,
            String decidedBy, OffsetDateTime decidedAt, String decisionReason) {
        public String stateLabel() {
            return switch (state) {
                case "PENDING" -> "待审批";
                case "APPROVED" -> "已批准";
                default -> "未批准";
            };
        }
    }

    /**
     * The office that received a task from above asks the assigning level to change its share of
     * one quantity, with its reasons. One request at a time per task. Audited.
     */
    @Transactional
    public long requestAdjustment(long taskId, long areaId, int position, BigDecimal proposed, String reason, String by) {
        Map<String, Object> t = jdbc.sql("""
                select t.origin_area_id, p.area_id, i.target_value, i.name from task t join plan p on p.id = t.plan_id
                left join indicator i on i.task_id = t.id and i.position = :pos where t.id = :t""")
                .param("t", taskId).param("pos", position).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFound("任务不存在"));
        if (t.get("origin_area_id") == null || ((Number) t.get("area_id")).longValue() != areaId) {
            throw new LevelRejected("只有收到上级交办任务的单位可以申请调整其指标");
        }
        if (t.get("target_value") == null) {
            throw new LevelRejected("该指标不存在");
        }
        BigDecimal old = (BigDecimal) t.get("target_value");
        if (proposed == null || proposed.signum() < 0 || proposed.compareTo(old) == 0) {
            throw new LevelRejected("请填写与现指标（" + plain(old) + "）不同、不小于0的调整后数量");
        }
        if (reason == null || reason.strip().length() < 2) {
            throw new LevelRejected("请说明调整理由");
        }
        long id;
        try {
            id = jdbc.sql("""
                    insert into adjustment_request (task_id, position, old_value, proposed, reason, requested_by)
                    values (:t, :p, :old, :v, :r, :by) returning id""")
                    .param("t", taskId).param("p", position).param("old", old).param("v", proposed).param("r", reason.strip())
                    .param("by", by).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new LevelRejected("该任务已有一份待审批的调整申请，请等交办单位答复");
        }
        audit.record("申请调整指标", "adjustment_request", id, Map.of("target", plain(old)),
                Map.of("taskId", taskId, "indicator", t.get("name"), "proposed", plain(proposed), "reason", reason.strip()));
        return id;
    }

    /**
     * The assigning level decides. Approved, the received task's target and the area's share
     * become the proposed value (the assigning task's own target stays: the level that assigned
     * it re-allocates the difference among its areas if it must). Refused, with a reason. Audited.
     */
    @Transactional
    public void decideAdjustment(long id, long areaId, boolean approve, String reason, String by) {
        Adjustment a = adjustments("r.id = :id", Map.of("id", id)).stream().findFirst()
                .orElseThrow(() -> new NotFound("调整申请不存在或无权审批"));
        Long origin = jdbc.sql("select origin_area_id from task where id = :t").param("t", a.taskId()).query(Long.class).optional()
                .orElse(null);
        if (origin == null || origin != areaId) {
            throw new NotFound("调整申请不存在或无权审批");
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw new LevelRejected("不批准调整须说明理由");
        }
        int updated = jdbc.sql("""
                update adjustment_request set state = :s, decided_by = :by, decided_at = :now, decision_reason = :r
                where id = :id and state = 'PENDING'""")
                .param("now", time.now()).param("s", approve ? "APPROVED" : "REFUSED").param("by", by)
                .param("r", reason == null ? "" : reason.strip())
                .param("id", id).update();
        if (updated == 0) {
            throw new LevelRejected("该申请已处理");
        }
        int position = jdbc.sql("select position from adjustment_request where id = :id").param("id", id).query(Integer.class).single();
        if (approve) {
            jdbc.sql("update indicator set target_value = :v, base_value = :v, surface = :s where task_id = :t and position = :p")
                    .param("v", a.proposed()).param("s", plain(a.proposed()) + a.unit()).param("t", a.taskId()).param("p", position)
                    .update();
            jdbc.sql("""
                    update level_assignment_target v set target_value = :v
                    from level_assignment l where l.id = v.assignment_id and l.received_task_id = :t and v.position = :p""")
                    .param("v", a.proposed()).param("t", a.taskId()).param("p", position).update();
            long plan = jdbc.sql("select plan_id from task where id = :t").param("t", a.taskId()).query(Long.class).single();
            levels.watch().changed(plan, "批准调整指标");
        }
        audit.record(approve ? "批准调整指标" : "不批准调整指标", "adjustment_request", id, Map.of("state", "PENDING"),
                Map.of("state", approve ? "APPROVED" : "REFUSED", "taskId", a.taskId(), "reason", reason == null ? "" : reason.strip()));
    }

    /** The requests about one received task, newest first. */
    public List<Adjustment> adjustmentsOfTask(long taskId) {
        return adjustments("r.task_id = :t", Map.of("t", taskId));
    }

    /** Requests made by the area (about tasks it received) and made to it (about tasks it assigned). */
    public List<Adjustment> adjustmentsOf(long areaId) {
        return adjustments("(p.area_id = :a or t.origin_area_id = :a)", Map.of("a", areaId));
    }

    private List<Adjustment> adjustments(String where, Map<String, Object> params) {
        return jdbc
                .sql("""
                        select r.id, r.task_id, t.title, p.area_id, o.name as area_name, i.name as indicator, i.unit, r.old_value, r.proposed, r.reason,
                               r.state, r.requested_by, r.requested_at, r.decided_by, r.decided_at, r.decision_reason
                        from adjustment_request r join task t on t.id = r.task_id join plan p on p.id = t.plan_id
                        join organisation o on o.id = p.area_id
                        join indicator i on i.task_id = r.task_id and i.position = r.position
                        where\s"""
                        + where + " order by r.state = 'PENDING' desc, r.requested_at desc")
                .params(params).query(Adjustment.class).list();
    }
}
