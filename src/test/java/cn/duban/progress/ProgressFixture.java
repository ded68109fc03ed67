package cn.duban.progress;

import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.security.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A county with one plan and its people, and the steps of a report as the service takes
 * them, each signed in as the person who would take it.
 */
@Component
class ProgressFixture {

    final TestUsers users;
    final JdbcClient jdbc;
    final Reports reports;
    final ReportingPeriods periods;
    final Standings standings;
    final PeriodFreeze freezes;
    final TestClock clock;
    private final UserDetailsService accounts;

    ProgressFixture(TestUsers users, JdbcClient jdbc, Reports reports, ReportingPeriods periods, Standings standings,
            PeriodFreeze freezes, TestClock clock, UserDetailsService accounts) {
        this.freezes = freezes;
        this.users = users;
        this.jdbc = jdbc;
        this.reports = reports;
        this.periods = periods;
        this.standings = standings;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** A task to put in a plan: an indicator (or none, for a qualitative task), dates and milestones. */
    record TaskSpec(String title, BigDecimal target, String comparator, LocalDate start, LocalDate deadline,
            Map<LocalDate, Integer> milestones) {
        static TaskSpec atLeast(String title, int target, LocalDate deadline) {
            return new TaskSpec(title, BigDecimal.valueOf(target), ">=", null, deadline, Map.of());
        }
    }

    record World(TestUsers.County county, long plan, List<Long> tasks, Map<Long, Long> indicators, String office,
            String liaison, String head, String leader) {
        long indicator(long task) {
            return indicators.get(task);
        }
    }

    /** A plan of {@code year} in a new county whose tasks are all led by its first township. */
    World world(int year, TaskSpec... specs) {
        TestUsers.County c = users.county();
        long plan = jdbc.sql("insert into plan (title, year, area_id, created_by) values (:t, :y, :a, 'test') returning id")
                .param("t", "测试计划" + c.tag()).param("y", year).param("a", c.county().id()).query(Long.class).single();
        List<Long> tasks = new ArrayList<>();
        Map<Long, Long> indicators = new HashMap<>();
        int position = 0;
        for (TaskSpec s : specs) {
            long task = jdbc.sql("""
                    insert into task (plan_id, position, number, title, lead_org_id, start_date, deadline, leader)
                    values (:p, :pos, :n, :t, :u, :s, :d, '王副县长') returning id""")
                    .param("p", plan).param("pos", position).param("n", String.valueOf(++position)).param("t", s.title())
                    .param("u", c.townA().id()).param("s", s.start()).param("d", s.deadline()).query(Long.class).single();
            tasks.add(task);
            if (s.target() != null) {
                indicators.put(task, jdbc.sql("""
                        insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind)
                        values (:t, 0, :n, :s, :v, '个', :c, 'target') returning id""")
                        .param("t", task).param("n", s.title()).param("s", s.target() + "个").param("v", s.target())
                        .param("c", s.comparator()).query(Long.class).single());
            }
            s.milestones().forEach((due, pct) -> jdbc.sql("insert into milestone (task_id, due, expected_percent) values (:t, :d, :p)")
                    .param("t", task).param("d", due).param("p", pct).update());
        }
        return new World(c, plan, tasks, indicators, users.user(c, c.office(), Role.SUPERVISOR),
                users.user(c, c.townA(), Role.LIAISON), users.user(c, c.townA(), Role.UNIT_HEAD),
                users.user(c, c.office(), Role.LEADER));
    }

    <T> T as(String username, Supplier<T> step) {
        var user = accounts.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return step.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    ReportingPeriod periodOn(World w, LocalDate day) {
        return periods.open(w.plan()).stream().filter(p -> p.contains(day)).findFirst().orElseThrow();
    }

    /** The liaison reports one value per task (or a percentage for a task without indicator) and submits. */
    UnitReport submit(World w, ReportingPeriod period, Map<Long, Integer> valueByTask) {
        return as(w.liaison(), () -> {
            UnitReport r = reports.open(period.id(), w.county().townA().id());
            List<LineInput> lines = valueByTask.entrySet().stream().map(e -> w.indicators().containsKey(e.getKey())
                    ? new LineInput(e.getKey(), Map.of(w.indicator(e.getKey()), BigDecimal.valueOf(e.getValue())), null,
                            "按计划推进", "", "", false)
                    : new LineInput(e.getKey(), Map.of(), BigDecimal.valueOf(e.getValue()), "按计划推进", "", "", false)).toList();
            return reports.submit(r.id(), r.version(), UUID.randomUUID(), lines, Duration.ofMinutes(3));
        });
    }

    UnitReport approve(World w, long report) {
        return as(w.head(), () -> reports.approve(report, UUID.randomUUID()));
    }

    UnitReport accept(World w, long report) {
        return as(w.office(), () -> reports.accept(report, UUID.randomUUID()));
    }

    Map<String, Object> standing(long task, long period) {
        return jdbc.sql("select status, completion, reason from task_standing where task_id = :t and period_id = :p")
                .param("t", task).param("p", period).query().singleRow();
    }
}
