package cn.duban.assessment;

import cn.duban.progress.RankingRule;
import cn.duban.progress.TaskStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The scores of a 考核 scheme, from the standings every page shows and the items entered.
 *
 * <ul>
 *   <li>A unit's <b>plan score</b> in a month, over its tasks' standings in the plan's periods
 *   that ended that month: 完成分 × mean completion against schedule (按序时进度: each task's one
 *   completion figure over the progress expected of it by then, capped at 100 %; its figure
 *   itself where nothing is expected yet; none counting 0 — so a unit on schedule in March is
 *   not marked down for the nine months still to come) + 及时分 × the share of those standings
 *   reported on time (a task accepted as done counts as on time).</li>
 *   <li>Its <b>base score</b> that month: the plan scores weighed by the scheme's weights, over
 *   the plans it has work in (a unit is not marked down for a plan it has no task in).</li>
 *   <li><b>月度考评</b>: the month's base plus the items dated in it. <b>季度</b>: the mean of the
 *   quarter's monthly bases plus its items; the 奖 list is the top N, the 惩 list the bottom N,
 *   each group apart, a tie at a list's edge leaving the tied units off it rather than choosing
 *   among them. <b>年度综合考核</b>: the mean of the year's monthly bases plus the year's items.</li>
 *   <li>Only periods that have ended by the day asked count; published figures are rounded to
 *   two decimals and ranked on that, ties sharing a rank.</li>
 * </ul>
 */
@Component
public class Scores {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;

    Scores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A plan's part of a unit's month. {@code onTime} counts the tasks reported on time together with those that owed no
     * report ({@code notNeeded}: done, nothing left to report — counted as on time, as the 红黑榜 counts them); the page
     * says how many of each, in the words of 报送情况一览.
     */
    public record PlanPart(long planId, String planTitle, BigDecimal weight, int tasks, BigDecimal completion, int onTime,
            int notNeeded, BigDecimal score) {

        /** "按时报送" column: "2/3", or "2/3（含无需报送1项）". */
        public String timeliness() {
            return onTime + "/" + tasks + (notNeeded == 0 ? "" : "（含无需报送" + notNeeded + "项）");
        }
    }

    public record Month(int month, BigDecimal base, BigDecimal adjustment, BigDecimal score, List<PlanPart> plans) {
    }

    public record UnitScore(long unitId, String name, String group, List<Month> months, BigDecimal base, BigDecimal plus,
            BigDecimal minus, BigDecimal total, int rank) {

        public Month month(int m) {
            return months.stream().filter(x -> x.month() == m).findFirst().orElse(null);
        }
    }

    public record Ranked(long unitId, String name, String group, BigDecimal score, int rank) {
    }

    public record Quarter(int quarter, String group, List<Ranked> ranked, List<Ranked> rewarded, List<Ranked> punished) {
    }

    public record Result(Assessments.Scheme scheme, LocalDate asOf, List<String> groups, List<UnitScore> units,
            List<Quarter> quarters) {

        public List<UnitScore> group(String g) {
            return units.stream().filter(u -> u.group().equals(g)).toList();
        }
    }

    private record Cell(long unit, int month, long plan, int tasks, BigDecimal completionSum, int onTime, int notNeeded) {
    }

    public Result of(Assessments.Scheme scheme, List<Assessments.Item> items, LocalDate asOf) {
        Map<Long, String> planTitles = new HashMap<>();
        if (!scheme.weights().isEmpty()) {
            jdbc.sql("select id, title from plan where id in (:p)").param("p", scheme.weights().keySet())
                    .query((rs, n) -> planTitles.put(rs.getLong(1), rs.getString(2))).list();
        }
        List<Cell> cells = scheme.weights().isEmpty()
                ? List.of()
                : jdbc.sql("""
                        select s.organisation_id, extract(month from rp.ends)::int as month, rp.plan_id, count(*) as tasks,
                               sum(case when s.completion is null then 0
                                        when s.expected is null or s.expected <= 0 then least(s.completion, 100)
                                        else least(100, s.completion * 100 / s.expected) end) as completion_sum,
                               count(*) filter (where s.reported_on_time) as on_time,
                               count(*) filter (where not s.needs_report) as not_needed
                        from task_standing s join reporting_period rp on rp.id = s.period_id
                        where rp.plan_id in (:plans) and s.organisation_id is not null
                          and rp.ends between make_date(:y, 1, 1) and least(make_date(:y, 12, 31), :asOf)
                        group by 1, 2, 3
                        order by 1, 2, 3""")
                        .param("plans", scheme.weights().keySet()).param("y", scheme.year()).param("asOf", asOf)
                        .query((rs, n) -> new Cell(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getInt(4), rs.getBigDecimal(5),
                                rs.getInt(6), rs.getInt(7)))
                        .list();
        Map<Long, String[]> units = new HashMap<>();
        jdbc.sql("""
                with recursive below(id) as (select id from organisation where id = :a
                    union all select o.id from organisation o join below b on o.parent_id = b.id)
                select o.id, o.name, o.kind from organisation o join below b on b.id = o.id""")
                .param("a", scheme.areaId())
                .query((rs, n) -> units.put(rs.getLong(1), new String[]{rs.getString(2), group(rs.getString(3))}))
                .list();
        // An item counts from the month it is dated in: once that month has ended and is scored, in the month's
        // 考评, its quarter and the year; an item of the month still running waits for it (shown, not yet counted).
        LocalDate lastScored = asOf.plusDays(1).withDayOfMonth(1).minusDays(1);
        List<Assessments.Item> counted = items.stream().filter(i -> !i.withdrawn() && !i.occurredOn().isAfter(lastScored)).toList();

        // Ordered by unit, month and plan in the query: a month's plans are listed in one order on every page, export and
        // run (a full build once listed a unit's two plans the other way round).
        Map<Long, Map<Integer, List<Cell>>> byUnit = new TreeMap<>();
        for (Cell c : cells) {
            byUnit.computeIfAbsent(c.unit(), k -> new TreeMap<>()).computeIfAbsent(c.month(), k -> new ArrayList<>()).add(c);
        }
        List<UnitScore> scores = new ArrayList<>();
        for (var e : byUnit.entrySet()) {
            long unit = e.getKey();
            String[] who = units.getOrDefault(unit, new String[]{"（区域外单位）", "其他"});
            List<Month> months = new ArrayList<>();
            for (var m : e.getValue().entrySet()) {
                List<PlanPart> parts = new ArrayList<>();
                BigDecimal weighed = BigDecimal.ZERO;
                BigDecimal weights = BigDecimal.ZERO;
                for (Cell c : m.getValue()) {
                    BigDecimal w = scheme.weights().get(c.plan());
                    BigDecimal completion = c.completionSum().divide(BigDecimal.valueOf(c.tasks()), 6, RoundingMode.HALF_UP);
                    BigDecimal timely = BigDecimal.valueOf(c.onTime()).divide(BigDecimal.valueOf(c.tasks()), 6, RoundingMode.HALF_UP);
                    // The plan's score is the one its 红黑榜 ranks by (RankingRule.assessedScore): one number, two pages.
                    BigDecimal score = RankingRule.assessedScore(scheme.completionPoints(), scheme.timelinessPoints(),
                            completion, timely);
                    parts.add(new PlanPart(c.plan(), planTitles.get(c.plan()), w, c.tasks(), round(completion), c.onTime(), c.notNeeded(),
                            score));
                    weighed = weighed.add(w.multiply(score));
                    weights = weights.add(w);
                }
                BigDecimal base = weighed.divide(weights, 6, RoundingMode.HALF_UP);
                int month = m.getKey();
                BigDecimal adjustment = sum(counted, unit, LocalDate.of(scheme.year(), month, 1),
                        LocalDate.of(scheme.year(), month, 1).plusMonths(1).minusDays(1));
                months.add(new Month(month, round(base), adjustment, round(base.add(adjustment)), parts));
            }
            BigDecimal base = mean(months.stream().map(Month::base).toList());
            LocalDate from = LocalDate.of(scheme.year(), 1, 1);
            LocalDate to = LocalDate.of(scheme.year(), 12, 31);
            BigDecimal plus = counted.stream().filter(i -> i.organisationId() == unit && within(i, from, to) && i.points().signum() > 0)
                    .map(Assessments.Item::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal minus = counted.stream().filter(i -> i.organisationId() == unit && within(i, from, to) && i.points().signum() < 0)
                    .map(Assessments.Item::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            scores.add(new UnitScore(unit, who[0], who[1], months, round(base), plus, minus, round(base.add(plus).add(minus)), 0));
        }
        List<String> groups = scores.stream().map(UnitScore::group).distinct().sorted(Comparator.comparingInt(Scores::groupOrder)).toList();
        List<UnitScore> ranked = new ArrayList<>();
        for (String g : groups) {
            List<UnitScore> in = scores.stream().filter(s -> s.group().equals(g))
                    .sorted(Comparator.comparing(UnitScore::total).reversed().thenComparing(UnitScore::name)).toList();
            for (UnitScore s : in) {
                int rank = 1 + (int) in.stream().filter(o -> o.total().compareTo(s.total()) > 0).count();
                ranked.add(new UnitScore(s.unitId(), s.name(), s.group(), s.months(), s.base(), s.plus(), s.minus(), s.total(), rank));
            }
        }
        List<Quarter> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            LocalDate from = LocalDate.of(scheme.year(), q * 3 - 2, 1);
            LocalDate to = from.plusMonths(3).minusDays(1);
            int first = q * 3 - 2;
            for (String g : groups) {
                List<Ranked> in = new ArrayList<>();
                for (UnitScore s : ranked) {
                    if (!s.group().equals(g)) {
                        continue;
                    }
                    List<BigDecimal> bases = s.months().stream().filter(m -> m.month() >= first && m.month() < first + 3)
                            .map(Month::base).toList();
                    if (!bases.isEmpty()) {
                        in.add(new Ranked(s.unitId(), s.name(), g, round(mean(bases).add(sum(counted, s.unitId(), from, to))), 0));
                    }
                }
                if (!in.isEmpty()) {
                    quarters.add(lists(q, g, in, scheme.rewardCount()));
                }
            }
        }
        return new Result(scheme, asOf, groups, ranked, quarters);
    }

    /** A quarter's ranking and its 奖/惩 lists: the top and bottom N, a tie at an edge leaving the tied units off. */
    static Quarter lists(int quarter, String group, List<Ranked> scores, int n) {
        List<Ranked> ranked = new ArrayList<>();
        for (Ranked r : scores) {
            int rank = 1 + (int) scores.stream().filter(o -> o.score().compareTo(r.score()) > 0).count();
            ranked.add(new Ranked(r.unitId(), r.name(), group, r.score(), rank));
        }
        ranked.sort(Comparator.comparingInt(Ranked::rank).thenComparing(Ranked::name));
        List<Ranked> rewarded = ranked.stream()
                .filter(r -> ranked.stream().filter(o -> o.score().compareTo(r.score()) >= 0).count() <= n).toList();
        List<Ranked> punished = ranked.stream()
                .filter(r -> ranked.stream().filter(o -> o.score().compareTo(r.score()) <= 0).count() <= n)
                .filter(r -> rewarded.stream().allMatch(w -> w.score().compareTo(r.score()) > 0)).toList();
        return new Quarter(quarter, group, ranked, rewarded, punished);
    }

    /** The standings behind a unit's month: each task's figure and whether it was reported on time. */
    public record Behind(long taskId, String planTitle, String task, String period, String status, BigDecimal completion,
            BigDecimal expected, boolean onTime, boolean needsReport, String reason) {

        /** 是, 否, or 无需报送 (a task done with nothing left to report), as 报送情况一览 says it. */
        public String timeliness() {
            return !needsReport ? "无需报送" : onTime ? "是" : "否";
        }
    }

    public List<Behind> behind(Assessments.Scheme scheme, long unit, int month, LocalDate asOf) {
        if (scheme.weights().isEmpty()) {
            return List.of();
        }
        LocalDate from = LocalDate.of(scheme.year(), month, 1);
        LocalDate to = from.plusMonths(1).minusDays(1);
        return jdbc.sql("""
                select s.task_id, p.title, t.title, rp.label, s.status, s.completion, s.expected, s.reported_on_time, s.needs_report,
                       s.reason
                from task_standing s join reporting_period rp on rp.id = s.period_id join plan p on p.id = rp.plan_id
                join task t on t.id = s.task_id
                where s.organisation_id = :u and rp.plan_id in (:plans) and rp.ends between :from and least(:to, :asOf)
                order by p.id, t.position, rp.starts""")
                .param("u", unit).param("plans", scheme.weights().keySet()).param("from", from).param("to", to).param("asOf", asOf)
                .query((rs, n) -> new Behind(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        TaskStatus.valueOf(rs.getString(5)).label(), rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getBoolean(8), rs.getBoolean(9), rs.getString(10)))
                .list();
    }

    private static boolean within(Assessments.Item i, LocalDate from, LocalDate to) {
        return !i.occurredOn().isBefore(from) && !i.occurredOn().isAfter(to);
    }

    private static BigDecimal sum(List<Assessments.Item> items, long unit, LocalDate from, LocalDate to) {
        return items.stream().filter(i -> i.organisationId() == unit && within(i, from, to)).map(Assessments.Item::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), 6, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    /** 乡镇 and 县直部门 are ranked apart (as are a city's counties and its departments). */
    static String group(String kind) {
        return switch (kind) {
            case "TOWNSHIP" -> "乡镇（街道）";
            case "DEPARTMENT", "COMMAND_POST", "OFFICE" -> "县直部门";
            case "COUNTY", "CITY" -> "县（市、区）";
            default -> "其他";
        };
    }

    private static int groupOrder(String group) {
        return List.of("乡镇（街道）", "县直部门", "县（市、区）", "其他").indexOf(group);
    }
}
