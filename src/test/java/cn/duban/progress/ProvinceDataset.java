package cn.duban.progress;

import cn.duban.time.CountyTime;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A province-sized dataset for the dashboard benchmark: one province, 14 cities, 100 counties
 * of 40 units each, 4 monthly plans per county with 275 tasks each (110,000 tasks), eleven
 * periods reported (January to November 2026), every task reported each period with a third
 * corrected once (≈1.6 M task entries and as many values), generated in SQL; then each plan's
 * standings (1.2 M rows), summaries and attention list computed by the application's own
 * code. Kept in target/bench-pg (or the server DUBAN_DB_URL names) for later runs.
 * Run alone: {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=cn.duban.progress.ProvinceDataset}.
 */
public final class ProvinceDataset {

    static final String PROVINCE = "基准测试省";

    private ProvinceDataset() {
    }

    /** The database to benchmark: DUBAN_DB_URL, or an embedded server kept under target/bench-pg. */
    private static DataSource dataSource;

    static DataSource open() throws IOException {
        String url = System.getenv("DUBAN_DB_URL");
        DataSource ds;
        if (url != null && !url.isBlank()) {
            var pg = new PGSimpleDataSource();
            pg.setUrl(url);
            // The benchmark builds its dataset, so it connects as the schema's owner when one is named.
            String owner = System.getenv().getOrDefault("DUBAN_DB_OWNER_USER", "");
            pg.setUser(owner.isBlank() ? System.getenv().getOrDefault("DUBAN_DB_USER", "postgres") : owner);
            pg.setPassword(owner.isBlank()
                    ? System.getenv().getOrDefault("DUBAN_DB_PASSWORD", "")
                    : System.getenv().getOrDefault("DUBAN_DB_OWNER_PASSWORD", ""));
            pg.setOptions("-c jit=off"); // as the application's pool sets it
            ds = pg;
        } else {
            EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(Path.of("target/bench-pg"))
                    .setCleanDataDirectory(false).setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("shared_buffers", "512MB").setServerConfig("work_mem", "32MB")
                    .setServerConfig("jit", "off")
                    // Durable as an office's server must be (Duban refuses to start on one that is not).
                    .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going anyway
                }
            }));
            ds = server.getPostgresDatabase();
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        // Pooled as the application's connections are: a new PostgreSQL connection costs ~35 ms here.
        HikariDataSource pool = new HikariDataSource();
        pool.setDataSource(ds);
        pool.setMaximumPoolSize(4);
        dataSource = pool;
        return pool;
    }

    /** Generates the dataset unless it is there; returns the province's id. */
    static long ensure(JdbcClient jdbc) {
        var existing = jdbc.sql("select id from organisation where name = :n and parent_id is null").param("n", PROVINCE)
                .query(Long.class).optional();
        if (existing.isPresent()) {
            standings(jdbc);
            return existing.get();
        }
        Instant start = Instant.now();
        long province = jdbc.sql("insert into organisation (name, kind) values (:n, 'PROVINCE') returning id")
                .param("n", PROVINCE).query(Long.class).single();
        step(jdbc, "cities", """
                insert into organisation (name, kind, parent_id) select '市' || c, 'CITY', :prov from generate_series(1, 14) c""", province);
        step(jdbc, "counties", """
                insert into organisation (name, kind, parent_id)
                select '县' || k, 'COUNTY', (select id from organisation where parent_id = :prov and name = '市' || (k % 14 + 1))
                from generate_series(1, 100) k""", province);
        step(jdbc, "units", """
                insert into organisation (name, kind, parent_id)
                select u.name, u.kind, c.id from organisation c
                join organisation city on city.id = c.parent_id and city.parent_id = :prov
                cross join lateral (select '督查室' as name, 'OFFICE' as kind
                                    union all select '镇' || n, 'TOWNSHIP' from generate_series(1, 20) n
                                    union all select '局' || n, 'DEPARTMENT' from generate_series(1, 20) n) u
                where c.kind = 'COUNTY'""", province);
        step(jdbc, "plans", """
                insert into plan (title, year, area_id, created_by)
                select '重点工作' || n, 2026, c.id, 'bench' from organisation c
                join organisation city on city.id = c.parent_id and city.parent_id = :prov
                cross join generate_series(1, 4) n where c.kind = 'COUNTY'""", province);
        step(jdbc, "tasks", """
                insert into task (plan_id, position, number, title, lead_org_id, deadline)
                select p.id, n, (n + 1)::text, '任务' || n, u.ids[1 + n % 40], make_date(2026, 3 + n % 10, 28)
                from plan p
                join lateral (select array_agg(o.id order by o.id) as ids from organisation o
                              where o.parent_id = p.area_id and o.kind in ('TOWNSHIP', 'DEPARTMENT')) u on true
                cross join generate_series(0, 274) n
                where p.created_by = 'bench'""", province);
        step(jdbc, "indicators", """
                insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind)
                select t.id, 0, t.title, '100个', 100, '个', '>=', 'target'
                from task t join plan p on p.id = t.plan_id where p.created_by = 'bench'""", province);
        step(jdbc, "periods", """
                insert into reporting_period (plan_id, starts, ends, due, label)
                select p.id, make_date(2026, m, 1), (make_date(2026, m, 1) + interval '1 month - 1 day')::date,
                       make_date(2026, m, 25), '2026年' || m || '月'
                from plan p cross join generate_series(1, 11) m where p.created_by = 'bench'""", province);
        step(jdbc, "reports", """
                insert into unit_report (period_id, organisation_id, state, opened_at, submitted_at, approved_at, accepted_at,
                                         items, prefilled_items, unchanged_items, minutes_spent)
                select rp.id, u.lead, case when random() < 0.92 then 'ACCEPTED' else 'DRAFT' end,
                       rp.due - 3, rp.due - 2, rp.due - (random() * 4)::int + 1, rp.due + 1,
                       u.n, u.n / 3, u.n / 5, 5 + random() * 20
                from reporting_period rp
                join (select plan_id, lead_org_id as lead, count(*) as n from task group by plan_id, lead_org_id) u
                  on u.plan_id = rp.plan_id
                join plan p on p.id = rp.plan_id where p.created_by = 'bench'""", province);
        step(jdbc, "entries", """
                insert into task_entry (report_id, task_id, revision, narrative, complete, correction_reason, created_by)
                select r.id, t.id, rev, '按计划推进', false, case when rev = 2 then '数据更正' end, 'bench'
                from task t join plan p on p.id = t.plan_id and p.created_by = 'bench'
                join reporting_period rp on rp.plan_id = t.plan_id
                join unit_report r on r.period_id = rp.id and r.organisation_id = t.lead_org_id
                cross join lateral generate_series(1, case when t.id % 3 = 0 then 2 else 1 end) rev""", province);
        step(jdbc, "values", """
                insert into entry_value (entry_id, indicator_id, actual)
                select e.id, i.id, round((extract(month from rp.starts) * (6 + e.task_id % 5))::numeric, 1)
                from task_entry e join indicator i on i.task_id = e.task_id
                join unit_report r on r.id = e.report_id join reporting_period rp on rp.id = r.period_id
                where e.created_by = 'bench'""", province);
        standings(jdbc);
        jdbc.sql("analyze").update();
        System.out.printf("province dataset generated in %s%n", Duration.between(start, Instant.now()));
        return province;
    }

    /**
     * Each plan's standings, summaries, totals and attention list, computed by the application's
     * own {@link Standings#refresh} as on 2026-11-24 (skipped when already there).
     */
    private static void standings(JdbcClient jdbc) {
        if (jdbc.sql("select exists (select 1 from period_total)").query(Boolean.class).single()) {
            return;
        }
        Clock day = Clock.fixed(DashboardBenchmark.TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        ReportingPeriods periods = new ReportingPeriods(jdbc, null, new CountyTime(day, ZoneId.of("Asia/Shanghai"))); // opens periods and reads rules only
        Standings standings = new Standings(jdbc, new JdbcTemplate(dataSource), periods);
        Instant t = Instant.now();
        List<Long> plans = jdbc.sql("select id from plan where created_by = 'bench' order by id").query(Long.class).list();
        plans.forEach(standings::refresh);
        System.out.printf("  %-10s %,10d plans  %s%n", "standings", plans.size(), Duration.between(t, Instant.now()));
        jdbc.sql("analyze").update();
    }

    /**
     * A county plan of 2,000 tasks (county 县1's 40 units), reported every month through
     * October, its standings computed by the application, October frozen: what the bulletin
     * benchmark writes from. Returns October's period id.
     */
    public static long bulletinPlan(JdbcClient jdbc) {
        var existing = jdbc.sql("""
                select rp.id from reporting_period rp join plan p on p.id = rp.plan_id
                where p.title = '通报基准计划' and rp.frozen_at is not null""").query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        long county = jdbc.sql(
                "select c.id from organisation c join organisation city on city.id = c.parent_id where c.name = '县1' and city.parent_id is not null")
                .query(Long.class).single();
        long plan = jdbc
                .sql("insert into plan (title, year, area_id, created_by) values ('通报基准计划', 2026, :a, 'bench-bulletin') returning id")
                .param("a", county).query(Long.class).single();
        step(jdbc, "b-tasks", """
                insert into task (plan_id, position, number, title, lead_org_id, deadline)
                select :prov, n, (n + 1)::text, '重点任务' || n, u.ids[1 + n % 40], make_date(2026, 3 + n % 10, 28)
                from (select array_agg(o.id order by o.id) as ids from organisation o
                      where o.parent_id = (select area_id from plan where id = :prov) and o.kind in ('TOWNSHIP', 'DEPARTMENT')) u
                cross join generate_series(0, 1999) n""", plan);
        step(jdbc, "b-indic.", """
                insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind)
                select id, 0, title, '100个', 100, '个', '>=', 'target' from task where plan_id = :prov""", plan);
        step(jdbc, "b-periods", """
                insert into reporting_period (plan_id, starts, ends, due, label)
                select :prov, make_date(2026, m, 1), (make_date(2026, m, 1) + interval '1 month - 1 day')::date,
                       make_date(2026, m, 25), '2026年' || m || '月' from generate_series(1, 11) m""", plan);
        step(jdbc, "b-reports", """
                insert into unit_report (period_id, organisation_id, state, opened_at, submitted_at, approved_at, items,
                                         prefilled_items, unchanged_items, minutes_spent)
                select rp.id, u.lead, 'ACCEPTED', rp.due - 3, rp.due - 2, rp.due - 1, u.n, u.n / 3, u.n / 5, 12
                from reporting_period rp
                join (select lead_org_id as lead, count(*) as n from task where plan_id = :prov group by lead_org_id) u on true
                where rp.plan_id = :prov and rp.starts <= '2026-10-01'""", plan);
        step(jdbc, "b-entries", """
                insert into task_entry (report_id, task_id, revision, narrative, problems, next_steps, created_by, created_at)
                select r.id, t.id, 1, '按计划推进，完成阶段性目标', case when t.id % 7 = 0 then '征地拆迁进度较慢' else '' end,
                       '加快推进', 'bench', rp.due - 2
                from task t join reporting_period rp on rp.plan_id = t.plan_id
                join unit_report r on r.period_id = rp.id and r.organisation_id = t.lead_org_id where t.plan_id = :prov""", plan);
        step(jdbc, "b-values", """
                insert into entry_value (entry_id, indicator_id, actual)
                select e.id, i.id, least(100, extract(month from rp.starts) * (6 + e.task_id % 5))
                from task_entry e join indicator i on i.task_id = e.task_id join unit_report r on r.id = e.report_id
                join reporting_period rp on rp.id = r.period_id where rp.plan_id = :prov""", plan);
        Clock day = Clock.fixed(LocalDate.of(2026, 10, 31).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        new Standings(jdbc, new JdbcTemplate(dataSource), new ReportingPeriods(jdbc, null, new CountyTime(day, ZoneId.of("Asia/Shanghai"))))
                .refresh(plan);
        long october = jdbc.sql("select id from reporting_period where plan_id = :p and starts = '2026-10-01'").param("p", plan)
                .query(Long.class).single();
        jdbc.sql("update reporting_period set frozen_at = now(), frozen_by = 'bench' where id = :id").param("id", october).update();
        jdbc.sql("analyze").update();
        return october;
    }

    /**
     * Issue 13's levels on top of the province: a province plan of 5 tasks (1,400,000亩 each)
     * assigned to the 14 cities (100,000亩 each, signed into a plan of each city's), each city's
     * share assigned on to its counties (signed into a plan of each county's), and each county's
     * share split among its 20 townships — 10,000 parts reported every month through November,
     * their standings computed by the application; and a 考核 scheme per county weighing its five
     * plans, with a dozen 加分/扣分 items. Made once, beside the rest. Returns the province plan.
     */
    public static long levels(JdbcClient jdbc) {
        long province = ensure(jdbc);
        var existing = jdbc.sql("select id from plan where created_by = 'bench-levels' and area_id = :p").param("p", province)
                .query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant start = Instant.now();
        long plan = jdbc
                .sql("insert into plan (title, year, area_id, created_by) values ('省交办基准任务', 2026, :p, 'bench-levels') returning id")
                .param("p", province).query(Long.class).single();
        step(jdbc, "l-tasks", """
                insert into task (plan_id, position, number, title, deadline)
                select :prov, n, (n + 1)::text, '省交办任务' || n, '2026-12-31' from generate_series(0, 4) n""", plan);
        step(jdbc, "l-indic.", """
                insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind)
                select id, 0, '新建高标准农田', '1400000亩', 1400000, '亩', '>=', 'target' from task where plan_id = :prov""", plan);
        // One level down at a time: assign, sign into a plan of the area below, copy the indicator with its share.
        assignDown(jdbc, plan, "CITY", "2026-11-30");
        long[] cityPlans = jdbc.sql("select id from plan where source_name = :m").param("m", "levels:" + plan)
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
        for (long cityPlan : cityPlans) {
            assignDown(jdbc, cityPlan, "COUNTY", "2026-11-30");
        }
        step(jdbc, "l-parts", """
                insert into task (plan_id, position, number, title, lead_org_id, deadline, part_of)
                select ct.plan_id, ct.position * 21 + 1 + n, ct.number || '-' || (n + 1), ct.title, u.ids[1 + n], '2026-10-31', ct.id
                from task ct join plan p on p.id = ct.plan_id and p.created_by = 'bench-levels' and p.kind = '上级交办'
                join organisation county on county.id = p.area_id and county.kind = 'COUNTY'
                join lateral (select array_agg(o.id order by o.id) as ids from organisation o
                              where o.parent_id = county.id and o.kind = 'TOWNSHIP') u on true
                cross join generate_series(0, 19) n
                where ct.part_of is not null and ct.lead_org_id is null""", plan);
        step(jdbc, "l-p-indic", """
                insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind)
                select t.id, 0, i.name, round(i.target_value / 20, 2) || '亩', round(i.target_value / 20, 2), '亩', '>=', 'target'
                from task t join indicator i on i.task_id = t.part_of
                join plan p on p.id = t.plan_id and p.created_by = 'bench-levels' where t.lead_org_id is not null""", plan);
        step(jdbc, "l-periods",
                """
                        insert into reporting_period (plan_id, starts, ends, due, label)
                        select p.id, make_date(2026, m, 1), (make_date(2026, m, 1) + interval '1 month - 1 day')::date,
                               make_date(2026, m, 25), '2026年' || m || '月'
                        from plan p cross join generate_series(1, 11) m
                        where p.created_by = 'bench-levels' and exists (select 1 from task t where t.plan_id = p.id and t.lead_org_id is not null)""",
                plan);
        step(jdbc, "l-reports",
                """
                        insert into unit_report (period_id, organisation_id, state, opened_at, submitted_at, approved_at, accepted_at,
                                                 items, prefilled_items, unchanged_items, minutes_spent)
                        select rp.id, u.lead, case when random() < 0.92 then 'ACCEPTED' else 'DRAFT' end,
                               rp.due - 3, rp.due - 2, rp.due - (random() * 4)::int + 1, rp.due + 1, u.n, 0, 0, 8
                        from reporting_period rp join plan p on p.id = rp.plan_id and p.created_by = 'bench-levels'
                        join (select plan_id, lead_org_id as lead, count(*) as n from task where lead_org_id is not null group by plan_id, lead_org_id) u
                          on u.plan_id = rp.plan_id""",
                plan);
        step(jdbc, "l-entries", """
                insert into task_entry (report_id, task_id, revision, narrative, created_by)
                select r.id, t.id, 1, '按计划推进', 'bench'
                from task t join plan p on p.id = t.plan_id and p.created_by = 'bench-levels'
                join reporting_period rp on rp.plan_id = t.plan_id
                join unit_report r on r.period_id = rp.id and r.organisation_id = t.lead_org_id""", plan);
        step(jdbc, "l-values", """
                insert into entry_value (entry_id, indicator_id, actual)
                select e.id, i.id, round(i.target_value * extract(month from rp.starts) / (11 + e.task_id % 4), 1)
                from task_entry e join indicator i on i.task_id = e.task_id
                join unit_report r on r.id = e.report_id join reporting_period rp on rp.id = r.period_id
                join plan p on p.id = rp.plan_id and p.created_by = 'bench-levels'""", plan);
        Clock day = Clock.fixed(DashboardBenchmark.TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        Standings standings = new Standings(jdbc, new JdbcTemplate(dataSource),
                new ReportingPeriods(jdbc, null, new CountyTime(day, ZoneId.of("Asia/Shanghai"))));
        Instant t = Instant.now();
        List<Long> reported = jdbc.sql(
                "select distinct plan_id from reporting_period rp join plan p on p.id = rp.plan_id where p.created_by = 'bench-levels'")
                .query(Long.class).list();
        reported.forEach(standings::refresh);
        System.out.printf("  %-10s %,10d plans  %s%n", "l-standing", reported.size(), Duration.between(t, Instant.now()));
        step(jdbc, "schemes", """
                insert into assessment_scheme (area_id, year, title, completion_points, timeliness_points, reward_count, created_by)
                select c.id, 2026, '基准考核方案', 70, 30, 3, 'bench' from organisation c
                join organisation city on city.id = c.parent_id and city.parent_id = :prov where c.kind = 'COUNTY'""", province);
        step(jdbc, "weights", """
                insert into assessment_weight (scheme_id, plan_id, weight)
                select s.id, p.id, case when p.created_by = 'bench-levels' then 20 else 25 end
                from assessment_scheme s join plan p on p.area_id = s.area_id and p.created_by in ('bench', 'bench-levels')
                where s.created_by = 'bench'""", province);
        step(jdbc, "items", """
                insert into assessment_item (scheme_id, organisation_id, kind, points, occurred_on, basis, created_by)
                select s.id, u.ids[1 + (n * 7) % 40], case when n % 3 = 0 then 'PRAISE' else 'PROBLEM' end,
                       case when n % 3 = 0 then 1 else -0.5 end, make_date(2026, 1 + n % 11, 10), '基准事项' || n, 'bench'
                from assessment_scheme s
                join lateral (select array_agg(o.id order by o.id) as ids from organisation o
                              where o.parent_id = s.area_id and o.kind in ('TOWNSHIP', 'DEPARTMENT')) u on true
                cross join generate_series(0, 11) n where s.created_by = 'bench'""", province);
        jdbc.sql("analyze").update();
        System.out.printf("levels dataset generated in %s%n", Duration.between(start, Instant.now()));
        return plan;
    }

    /** Assigns every task of a plan to the areas of the given kind directly below its area, signed into a plan of each. */
    private static void assignDown(JdbcClient jdbc, long plan, String kind, String deadline) {
        jdbc.sql("""
                insert into level_assignment (task_id, area_id, deadline, assigned_by, signed_by, signed_at)
                select t.id, o.id, cast(:d as date), 'bench', 'bench', now()
                from task t join plan p on p.id = t.plan_id join organisation o on o.parent_id = p.area_id and o.kind = :k
                where t.plan_id = :p""").param("p", plan).param("k", kind).param("d", deadline).update();
        jdbc.sql("""
                insert into level_assignment_target (assignment_id, position, target_value)
                select a.id, 0, round(i.target_value / count(*) over (partition by a.task_id), 2)
                from level_assignment a join task t on t.id = a.task_id join indicator i on i.task_id = t.id
                where t.plan_id = :p""").param("p", plan).update();
        jdbc.sql("""
                insert into plan (title, year, area_id, source_name, created_by, kind)
                select distinct p.title || '（上级交办）', 2026, a.area_id, 'levels:' || p.id, 'bench-levels', '上级交办'
                from level_assignment a join task t on t.id = a.task_id join plan p on p.id = t.plan_id where p.id = :p""")
                .param("p", plan).update();
        jdbc.sql("""
                insert into task (plan_id, position, number, title, deadline, part_of, origin_area_id, signed_at, signed_by)
                select rp.id, t.position * 21, t.number, t.title, a.deadline, t.id, p.area_id, now(), 'bench'
                from level_assignment a join task t on t.id = a.task_id join plan p on p.id = t.plan_id
                join plan rp on rp.area_id = a.area_id and rp.source_name = 'levels:' || p.id
                where p.id = :p""").param("p", plan).update();
        jdbc.sql("""
                update level_assignment a set received_task_id = rt.id
                from task rt join plan rp on rp.id = rt.plan_id
                where rt.part_of = a.task_id and rp.area_id = a.area_id and a.task_id in (select id from task where plan_id = :p)""")
                .param("p", plan).update();
        jdbc.sql("""
                insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind)
                select a.received_task_id, 0, i.name, v.target_value || i.unit, v.target_value, i.unit, i.comparator, 'target'
                from level_assignment a join level_assignment_target v on v.assignment_id = a.id
                join indicator i on i.task_id = a.task_id join task t on t.id = a.task_id where t.plan_id = :p""")
                .param("p", plan).update();
    }

    private static void step(JdbcClient jdbc, String what, String sql, long province) {
        Instant t = Instant.now();
        int rows = jdbc.sql(sql).param("prov", province).update();
        System.out.printf("  %-10s %,10d rows  %s%n", what, rows, Duration.between(t, Instant.now()));
    }

    public static void main(String[] args) throws Exception {
        JdbcClient jdbc = JdbcClient.create(open());
        ensure(jdbc);
        levels(jdbc);
        jdbc.sql("""
                select (select count(*) from task) as tasks, (select count(*) from task_entry) as entries,
                       (select count(*) from task_standing) as standings""")
                .query().listOfRows().forEach(System.out::println);
        System.exit(0);
    }
}
