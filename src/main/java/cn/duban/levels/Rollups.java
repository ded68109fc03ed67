package cn.duban.levels;

import cn.duban.progress.HandedOnWork;
import cn.duban.progress.StatusRule;
import cn.duban.progress.TaskStatus;
import cn.duban.time.CountyTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 逐级汇总: a task handed on — split among units or assigned to the areas below — takes its
 * progress from its parts, down to the units that report, without anyone typing it again. Its
 * quantities are the sums of its parts'; its completion the one figure every page uses (the
 * mean over its quantities, each capped at 100 %, of sum ÷ target); its status the worst of its
 * parts' (and 超期 once its own deadline has passed undone); its reason names the parts that lag,
 * with theirs, so a township's missing report shows at the city.
 *
 * <p>A part's own standing is the one progress keeps for it in its plan's period running on the day
 * asked; a share not yet signed for counts as 未报送 with nothing reached. Progress's lists and
 * dashboards ask for it through {@link HandedOnWork}.
 */
@Component
public class Rollups implements HandedOnWork {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;

    public Rollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One quantity of a node: its target and what its parts (or its unit) reached. */
    public record Quantity(int position, String name, String unit, String comparator, BigDecimal target, BigDecimal actual) {
    }

    /**
     * A task, a part of it, or a share not yet signed for ({@code taskId} null). {@code name} is
     * who does it: the area for a share given to an area, the unit for a unit's part.
     */
    public record Node(Long taskId, String name, String title, LocalDate deadline, List<Quantity> quantities,
            BigDecimal completion, TaskStatus status, String reason, List<Node> parts, int depth)
            implements
                HandedOnWork.RollUp {

        public boolean pending() {
            return taskId == null;
        }

        /** A quantity as a table cell shows it: reached / target (— when nothing is reported). */
        public String shown(int position) {
            return quantities.stream().filter(q -> q.position() == position).findFirst()
                    .map(q -> (q.actual() == null ? "—" : q.actual().stripTrailingZeros().toPlainString()) + " / "
                            + q.target().stripTrailingZeros().toPlainString())
                    .orElse("");
        }
    }

    /** The task's roll-up as it stands on {@code asOf}. */
    @Override
    public Node of(long taskId, LocalDate asOf) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("""
                with recursive tree(id, depth) as (
                    select id, 0 from task where id = :root
                    union all
                    select c.id, t.depth + 1 from task c join tree t on c.part_of = t.id where t.depth < 8)
                select t.id, t.part_of, tree.depth, t.title, t.lead_org_id, lo.name as lead_name, pl.area_id,
                       ao.name as area_name, coalesce(t.deadline, pl.ends) as deadline
                from tree join task t on t.id = tree.id join plan pl on pl.id = t.plan_id
                join organisation ao on ao.id = pl.area_id left join organisation lo on lo.id = t.lead_org_id
                order by tree.depth, t.position""")
                .param("root", taskId).query((rs, n) -> rows.put(rs.getLong("id"), new Row(rs.getLong("id"),
                        (Long) rs.getObject("part_of"), rs.getInt("depth"), rs.getString("title"), (Long) rs.getObject("lead_org_id"),
                        rs.getString("lead_name"), rs.getLong("area_id"), rs.getString("area_name"),
                        rs.getObject("deadline", LocalDate.class))))
                .list();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no task " + taskId);
        }
        Collection<Long> ids = rows.keySet();
        Map<Long, List<Quantity>> quantities = new HashMap<>();
        jdbc.sql("""
                select task_id, position, name, unit, comparator, target_value from indicator
                where task_id in (:ids) and kind = 'target' and target_value is not null order by position""")
                .param("ids", ids).query((rs, n) -> quantities.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Quantity(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6), null)))
                .list();
        Map<Long, Map<Integer, BigDecimal>> reached = new HashMap<>();
        // Each part's latest counted entry (its values as a whole, as its standing reads them), found
        // task by task through the entry's index rather than by joining every report.
        jdbc.sql("""
                select t.id, i.position, v.actual
                from task t cross join lateral (
                    select e.id from task_entry e join unit_report r on r.id = e.report_id
                    join reporting_period p on p.id = r.period_id
                    where e.task_id = t.id and r.state in ('APPROVED', 'ACCEPTED') and p.starts <= :asOf
                    order by p.starts desc, e.revision desc limit 1) e
                join entry_value v on v.entry_id = e.id join indicator i on i.id = v.indicator_id
                where t.id in (:ids)""")
                .param("ids", ids).param("asOf", asOf)
                .query((rs, n) -> reached.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getBigDecimal(3)))
                .list();
        Map<Long, Own> own = new HashMap<>();
        jdbc.sql("""
                select t.id, s.status, s.completion, s.reason
                from task t cross join lateral (
                    select s.status, s.completion, s.reason from task_standing s join reporting_period p on p.id = s.period_id
                    where s.task_id = t.id and p.starts <= :asOf order by p.starts desc limit 1) s
                where t.id in (:ids)""")
                .param("ids", ids).param("asOf", asOf)
                .query((rs, n) -> own.put(rs.getLong(1), new Own(TaskStatus.valueOf(rs.getString(2)), rs.getBigDecimal(3),
                        rs.getString(4))))
                .list();
        Map<Long, List<Node>> pending = new HashMap<>();
        jdbc.sql(
                """
                        select a.task_id, o.name, a.deadline, a.assigned_at::date as assigned_on,
                               (select array_agg(v.target_value order by v.position) from level_assignment_target v where v.assignment_id = a.id) as vals,
                               (select array_agg(v.position order by v.position) from level_assignment_target v where v.assignment_id = a.id) as pos
                        from level_assignment a join organisation o on o.id = a.area_id
                        where a.task_id in (:ids) and a.received_task_id is null order by o.name""")
                .param("ids", ids).query((rs, n) -> {
                    long parent = rs.getLong(1);
                    Row p = rows.get(parent);
                    List<Quantity> q = new ArrayList<>();
                    Array vals = rs.getArray("vals");
                    Array pos = rs.getArray("pos");
                    if (vals != null) {
                        BigDecimal[] v = (BigDecimal[]) vals.getArray();
                        Integer[] at = (Integer[]) pos.getArray();
                        for (int i = 0; i < v.length; i++) {
                            int k = at[i];
                            Quantity of = quantities.getOrDefault(parent, List.of()).stream().filter(x -> x.position() == k)
                                    .findFirst().orElse(null);
                            if (of != null) {
                                q.add(new Quantity(k, of.name(), of.unit(), of.comparator(), v[i], null));
                            }
                        }
                    }
                    pending.computeIfAbsent(parent, k -> new ArrayList<>()).add(new Node(null, rs.getString(2), p.title(),
                            rs.getObject("deadline", LocalDate.class), q, null, TaskStatus.NOT_REPORTED,
                            "尚未签收（" + CountyTime.dayOf(rs.getObject("assigned_on", LocalDate.class)) + "交办）", List.of(), p.depth() + 1));
                    return null;
                }).list();
        Map<Long, List<Row>> children = new HashMap<>();
        for (Row r : rows.values()) {
            if (r.partOf() != null && rows.containsKey(r.partOf()) && r.id() != taskId) {
                children.computeIfAbsent(r.partOf(), k -> new ArrayList<>()).add(r);
            }
        }
        return build(rows.get(taskId), null, children, quantities, reached, own, pending, asOf);
    }

    /** Shares assigned by the given areas' tasks and not yet signed for, counted by the area they were given to. */
    @Override
    public Map<Long, Long> unsignedByArea(Collection<Long> assigningAreas) {
        if (assigningAreas.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql("""
                select a.area_id, count(*) as n from level_assignment a join task t on t.id = a.task_id
                join plan pl on pl.id = t.plan_id
                where pl.area_id in (:areas) and a.received_task_id is null group by a.area_id""")
                .param("areas", assigningAreas).query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2))).list();
        return out;
    }

    private record Row(long id, Long partOf, int depth, String title, Long lead, String leadName, long areaId, String areaName,
            LocalDate deadline) {
    }

    private record Own(TaskStatus status, BigDecimal completion, String reason) {
    }

    private Node build(Row r, Row parent, Map<Long, List<Row>> children, Map<Long, List<Quantity>> quantities,
            Map<Long, Map<Integer, BigDecimal>> reached, Map<Long, Own> own, Map<Long, List<Node>> pending,
            LocalDate asOf) {
        String name = parent != null && parent.areaId() != r.areaId()
                ? r.areaName()
                : r.leadName() != null ? r.leadName() : r.areaName();
        List<Node> parts = new ArrayList<>();
        for (Row c : children.getOrDefault(r.id(), List.of())) {
            parts.add(build(c, r, children, quantities, reached, own, pending, asOf));
        }
        parts.addAll(pending.getOrDefault(r.id(), List.of()));
        List<Quantity> targets = quantities.getOrDefault(r.id(), List.of());
        if (!parts.isEmpty()) {
            return combine(r.id(), name, r.title(), r.deadline(), targets, parts, asOf, r.depth());
        }
        Map<Integer, BigDecimal> values = reached.getOrDefault(r.id(), Map.of());
        List<Quantity> q = targets.stream().map(t -> new Quantity(t.position(), t.name(), t.unit(), t.comparator(), t.target(),
                values.get(t.position()))).toList();
        Own o = own.get(r.id());
        if (r.lead() == null) {
            return new Node(r.id(), name, r.title(), r.deadline(), q, null, TaskStatus.NOT_REPORTED,
                    "已签收，尚未明确牵头单位或分解", List.of(), r.depth());
        }
        if (o == null) {
            return new Node(r.id(), name, r.title(), r.deadline(), q, null, TaskStatus.NOT_REPORTED, "尚无报送数据", List.of(), r.depth());
        }
        return new Node(r.id(), name, r.title(), r.deadline(), q, o.completion(), o.status(), o.reason(), List.of(), r.depth());
    }

    /**
     * A node from its parts: each quantity the sum of the parts' (a part without a figure adds
     * nothing); completion the mean over quantities of sum ÷ target capped at 100 % (a ≤ quantity
     * counts 100 % while the sum stays within it), or for a task without quantities the mean of
     * its parts' completion; status the worst part's, or 超期 once its deadline passed undone.
     */
    static Node combine(Long id, String name, String title, LocalDate deadline, List<Quantity> targets, List<Node> parts,
            LocalDate asOf, int depth) {
        List<Quantity> sums = new ArrayList<>();
        List<BigDecimal> completions = new ArrayList<>();
        for (Quantity t : targets) {
            BigDecimal sum = null;
            for (Node p : parts) {
                for (Quantity pq : p.quantities()) {
                    if (pq.position() == t.position() && pq.actual() != null) {
                        sum = (sum == null ? BigDecimal.ZERO : sum).add(pq.actual());
                    }
                }
            }
            sums.add(new Quantity(t.position(), t.name(), t.unit(), t.comparator(), t.target(), sum));
            if (sum != null) {
                completions.add(capped(t, sum));
            }
        }
        BigDecimal completion;
        if (targets.isEmpty()) {
            List<BigDecimal> ofParts = parts.stream().map(p -> p.completion() == null ? BigDecimal.ZERO : p.completion().min(HUNDRED))
                    .toList();
            completion = mean(ofParts);
        } else {
            completion = completions.isEmpty() ? null : mean(completions);
        }
        TaskStatus worst = TaskStatus.DONE;
        for (Node p : parts) {
            if (p.status().severity() > worst.severity()) {
                worst = p.status();
            }
        }
        if (worst != TaskStatus.DONE && deadline != null && asOf.isAfter(deadline)) {
            worst = TaskStatus.OVERDUE;
        }
        List<String> lagging = parts.stream().filter(p -> p.status().severity() >= TaskStatus.LAGGING.severity())
                .map(Rollups::mention).toList();
        String lead = completion == null ? "尚无汇总数据" : "完成" + StatusRule.figure(completion) + "%";
        String reason = lead + (lagging.isEmpty()
                ? (worst == TaskStatus.DONE ? "，" + parts.size() + "个承担单位均已完成" : "，" + parts.size() + "个承担单位均正常推进")
                : "，其中" + String.join("；", lagging));
        if (worst == TaskStatus.OVERDUE && parts.stream().noneMatch(p -> p.status() == TaskStatus.OVERDUE)) {
            reason += "；已超过完成时限（" + CountyTime.dayOf(deadline) + "）";
        }
        return new Node(id, name, title, deadline, sums, completion, worst, reason, parts, depth);
    }

    /**
     * How a lagging part is named in its parent's reason: 镇A未报送, 县甲滞后（镇B超期）. Below the
     * first level, a part with many lagging parts of its own names the first three and counts the
     * rest (县甲超期（镇1、镇2、镇3等15个单位超期、未报送或滞后）), so a city's reason stays a sentence.
     */
    static String mention(Node p) {
        List<Node> lagging = p.parts().stream().filter(c -> c.status().severity() >= TaskStatus.LAGGING.severity()).toList();
        String figure = p.completion() == null || !p.parts().isEmpty() ? "" : "（完成" + StatusRule.figure(p.completion()) + "%）";
        String below = "";
        if (!lagging.isEmpty() && lagging.size() <= NAMED) {
            below = "（" + String.join("、", lagging.stream().map(Rollups::mention).toList()) + "）";
        } else if (!lagging.isEmpty()) {
            below = "（" + String.join("、", lagging.stream().limit(NAMED).map(Node::name).toList()) + "等" + lagging.size() + "个单位"
                    + String.join("、", lagging.stream().map(c -> c.status().label()).distinct().toList()) + "）";
        }
        return p.name() + p.status().label() + (p.pending() ? "（尚未签收）" : "") + figure + below;
    }

    /** How many lagging parts of a part are named before the rest are counted. */
    private static final int NAMED = 3;

    private static BigDecimal capped(Quantity t, BigDecimal sum) {
        if ("<=".equals(t.comparator())) {
            return sum.compareTo(t.target()) <= 0 ? HUNDRED : BigDecimal.ZERO;
        }
        if (t.target().signum() == 0) {
            return HUNDRED;
        }
        if (sum.compareTo(t.target()) >= 0) {
            return HUNDRED;
        }
        return sum.multiply(HUNDRED).divide(t.target(), 4, RoundingMode.DOWN); // short of the target: below 100, however little
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        boolean whole = values.stream().allMatch(v -> v.compareTo(HUNDRED) >= 0);
        return StatusRule.percent(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 6, RoundingMode.HALF_UP), whole);
    }

    /** The tree in reading order, for a table or a sheet. */
    public static List<Node> flat(Node root) {
        List<Node> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node n, List<Node> out) {
        out.add(n);
        n.parts().forEach(p -> walk(p, out));
    }
}
