package cn.duban.assessment;

import cn.duban.audit.AuditTrail;
import cn.duban.ledger.Plan;
import cn.duban.refusal.NotFound;
import cn.duban.time.CountyTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An area's 考核 scheme for a year and its 加分/扣分 items: what the office sets and enters,
 * each write audited. An item is withdrawn with a reason, never deleted, so a score once
 * published can always be explained.
 */
@Component
public class Assessments {

    /** The kinds of item, with the points a scheme suggests for each (the office may enter others). */
    public enum ItemKind {
        PRAISE("通报表扬", new BigDecimal("1")), PROBLEM("督查发现问题", new BigDecimal("-0.5")), INTERVIEW("约谈",
                new BigDecimal("-2")), ACCOUNTABILITY("问责", new BigDecimal("-5")), OTHER("其他", BigDecimal.ZERO);

        private final String label;
        private final BigDecimal suggested;

        ItemKind(String label, BigDecimal suggested) {
            this.label = label;
            this.suggested = suggested;
        }

        public String label() {
            return label;
        }

        public BigDecimal suggested() {
            return suggested;
        }

        /** Praise adds, the others (bar 其他) deduct: an item's sign must agree with its kind. */
        boolean allows(BigDecimal points) {
            return switch (this) {
                case PRAISE -> points.signum() > 0;
                case PROBLEM, INTERVIEW, ACCOUNTABILITY -> points.signum() < 0;
                case OTHER -> points.signum() != 0;
            };
        }
    }

    /**
     * A scheme: {@code weights} is each plan's effective weight — its own, else its kind's
     * ({@code planWeights}, {@code kindWeights} as the office set them).
     */
    public record Scheme(long id, long areaId, int year, String title, BigDecimal completionPoints, BigDecimal timelinessPoints,
            int rewardCount, Map<Long, BigDecimal> weights, Map<Long, BigDecimal> planWeights,
            Map<String, BigDecimal> kindWeights) {
    }

    public record Item(long id, long organisationId, String organisationName, ItemKind kind, BigDecimal points,
            LocalDate occurredOn, String basis, String createdBy, OffsetDateTime createdAt,
            String withdrawnBy, OffsetDateTime withdrawnAt, String withdrawReason) {
        public boolean withdrawn() {
            return withdrawnAt != null;
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    private final CountyTime time;

    Assessments(JdbcClient jdbc, AuditTrail audit, CountyTime time) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.time = time;
    }

    private record Terms(long id, String title, BigDecimal completionPoints, BigDecimal timelinessPoints, int rewardCount) {
    }

    public Optional<Scheme> scheme(long areaId, int year) {
        return jdbc.sql("""
                select id, title, completion_points, timeliness_points, reward_count
                from assessment_scheme where area_id = :a and year = :y""")
                .param("a", areaId).param("y", year).query(Terms.class).optional().map(t -> {
                    Map<Long, BigDecimal> own = new LinkedHashMap<>();
                    jdbc.sql("select plan_id, weight from assessment_weight where scheme_id = :s order by plan_id").param("s", t.id())
                            .query((r, k) -> own.put(r.getLong(1), r.getBigDecimal(2))).list();
                    Map<String, BigDecimal> kinds = new LinkedHashMap<>();
                    jdbc.sql("select kind, weight from assessment_kind_weight where scheme_id = :s order by kind").param("s", t.id())
                            .query((r, k) -> kinds.put(r.getString(1), r.getBigDecimal(2))).list();
                    Map<Long, BigDecimal> effective = new LinkedHashMap<>(own);
                    for (PlanChoice p : plans(areaId, year)) {
                        if (!effective.containsKey(p.id()) && kinds.containsKey(p.kind())) {
                            effective.put(p.id(), kinds.get(p.kind()));
                        }
                    }
                    return new Scheme(t.id(), areaId, year, t.title(), t.completionPoints(), t.timelinessPoints(), t.rewardCount(),
                            effective, own, kinds);
                });
    }

    /** Plans of the area whose span reaches the year: what a scheme may weigh. */
    public record PlanChoice(long id, String title, String kind) {
    }

    public List<PlanChoice> plans(long areaId, int year) {
        return jdbc.sql("""
                select id, title, kind from plan where area_id = :a and starts <= make_date(:y, 12, 31) and ends >= make_date(:y, 1, 1)
                order by starts, id""")
                .param("a", areaId).param("y", year).query(PlanChoice.class).list();
    }

    /**
     * Sets the area's scheme for the year (creating it, or replacing its terms and weights).
     * Completion and timeliness points make 100; every weighted plan is the area's and reaches
     * the year; at least one plan is weighed.
     */
    @Transactional
    public long save(long areaId, int year, AssessmentForms.SchemeForm form) {
        if (form.completionPoints().add(form.timelinessPoints()).compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new AssessmentRejected("完成情况与及时性两项分值之和应为100分");
        }
        Map<Long, BigDecimal> weights = new LinkedHashMap<>();
        List<Long> allowed = plans(areaId, year).stream().map(PlanChoice::id).toList();
        form.weights().forEach((plan, weight) -> {
            if (!allowed.contains(plan)) {
                throw new AssessmentRejected("所选计划不属于本级或不在" + year + "年度内");
            }
            weights.put(plan, weight);
        });
        Map<String, BigDecimal> kinds = form.kindWeights();
        for (String kind : kinds.keySet()) {
            if (!Plan.KINDS.contains(kind)) {
                throw new AssessmentRejected("计划类别“" + kind + "”不存在");
            }
        }
        if (weights.isEmpty() && kinds.isEmpty()) {
            throw new AssessmentRejected("请至少为一个计划或计划类别设定权重");
        }
        Optional<Scheme> before = scheme(areaId, year);
        long id = jdbc.sql("""
                insert into assessment_scheme (area_id, year, title, completion_points, timeliness_points, reward_count, created_by)
                values (:a, :y, :t, :c, :tp, :r, :by)
                on conflict (area_id, year) do update set title = excluded.title, completion_points = excluded.completion_points,
                    timeliness_points = excluded.timeliness_points, reward_count = excluded.reward_count,
                    version = assessment_scheme.version + 1
                returning id""")
                .param("a", areaId).param("y", year).param("t", form.title().strip()).param("c", form.completionPoints())
                .param("tp", form.timelinessPoints()).param("r", form.rewardCount()).param("by", AuditTrail.actor())
                .query(Long.class).single();
        jdbc.sql("delete from assessment_weight where scheme_id = :s").param("s", id).update();
        weights.forEach((plan, weight) -> jdbc.sql("insert into assessment_weight (scheme_id, plan_id, weight) values (:s, :p, :w)")
                .param("s", id).param("p", plan).param("w", weight).update());
        jdbc.sql("delete from assessment_kind_weight where scheme_id = :s").param("s", id).update();
        kinds.forEach((kind, weight) -> jdbc.sql("insert into assessment_kind_weight (scheme_id, kind, weight) values (:s, :k, :w)")
                .param("s", id).param("k", kind).param("w", weight).update());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", form.title().strip());
        after.put("completionPoints", form.completionPoints());
        after.put("timelinessPoints", form.timelinessPoints());
        after.put("rewardCount", form.rewardCount());
        after.put("weights", weights.toString());
        after.put("kindWeights", kinds.toString());
        audit.record(before.isPresent() ? "修改考核方案" : "制定考核方案", "assessment_scheme", id,
                before.<Object>map(s -> Map.of("title", s.title(), "completionPoints", s.completionPoints(),
                        "timelinessPoints", s.timelinessPoints(), "weights", s.planWeights().toString(),
                        "kindWeights", s.kindWeights().toString())).orElse(null),
                after);
        return id;
    }

    /** The units a scheme ranks: those leading a task in a plan it weighs. */
    public Set<Long> assessedUnits(Scheme scheme) {
        if (scheme.weights().isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select distinct lead_org_id from task where plan_id in (:p) and lead_org_id is not null")
                .param("p", scheme.weights().keySet()).query(Long.class).list());
    }

    /** Enters a 加分/扣分 item for a unit of the area, with its basis. */
    @Transactional
    public long addItem(Scheme scheme, AssessmentForms.ItemForm form, Collection<Long> units) {
        if (!units.contains(form.organisationId())) {
            throw new AssessmentRejected("所选单位不在本区域内");
        }
        if (!assessedUnits(scheme).contains(form.organisationId())) {
            // An item of a unit with no work in the scheme's plans would count in no ranking: said now, not lost later.
            throw new AssessmentRejected("该单位在本年度考核的计划中没有牵头任务，加减分无处计入；请先将其工作纳入考核的计划");
        }
        ItemKind kind = ItemKind.valueOf(form.kind());
        if (!kind.allows(form.points())) {
            throw new AssessmentRejected(kind.label() + (kind == ItemKind.PRAISE ? "应为加分（正数）" : "应为扣分（负数）"));
        }
        if (form.occurredOn().getYear() != scheme.year()) {
            throw new AssessmentRejected("事项日期应在" + scheme.year() + "年内");
        }
        long id = jdbc.sql("""
                insert into assessment_item (scheme_id, organisation_id, kind, points, occurred_on, basis, created_by)
                values (:s, :o, :k, :p, :d, :b, :by) returning id""")
                .param("s", scheme.id()).param("o", form.organisationId()).param("k", kind.name()).param("p", form.points())
                .param("d", form.occurredOn()).param("b", form.basis().strip()).param("by", AuditTrail.actor())
                .query(Long.class).single();
        audit.record("录入考核加减分", "assessment_item", id, null, Map.of("organisationId", form.organisationId(),
                "kind", kind.label(), "points", form.points(), "occurredOn", form.occurredOn().toString(),
                "basis", form.basis().strip()));
        return id;
    }

    /** Withdraws an item, saying why; it no longer counts and stays on record. */
    @Transactional
    public void withdraw(Scheme scheme, long itemId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new AssessmentRejected("撤销加减分须说明理由");
        }
        int updated = jdbc.sql("""
                update assessment_item set withdrawn_by = :by, withdrawn_at = :now, withdraw_reason = :r
                where id = :id and scheme_id = :s and withdrawn_at is null""")
                .param("now", time.now()).param("by", AuditTrail.actor()).param("r", reason.strip()).param("id", itemId)
                .param("s", scheme.id()).update();
        if (updated == 0) {
            throw new NotFound("该事项不存在或已撤销");
        }
        audit.record("撤销考核加减分", "assessment_item", itemId, Map.of("withdrawn", false),
                Map.of("withdrawn", true, "reason", reason.strip()));
    }

    public List<Item> items(long schemeId) {
        return jdbc.sql("""
                select i.id, i.organisation_id, o.name, i.kind, i.points, i.occurred_on, i.basis, i.created_by, i.created_at,
                       i.withdrawn_by, i.withdrawn_at, i.withdraw_reason
                from assessment_item i join organisation o on o.id = i.organisation_id
                where i.scheme_id = :s order by i.occurred_on, i.id""")
                .param("s", schemeId)
                .query((rs, n) -> new Item(rs.getLong(1), rs.getLong(2), rs.getString(3), ItemKind.valueOf(rs.getString(4)),
                        rs.getBigDecimal(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class), rs.getString(10), rs.getObject(11, OffsetDateTime.class),
                        rs.getString(12)))
                .list();
    }
}
