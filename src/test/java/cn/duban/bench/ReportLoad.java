package cn.duban.bench;

import cn.duban.DubanApplication;
import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.Organisations;
import cn.duban.progress.ReportingPeriod;
import cn.duban.progress.ReportingPeriods;
import cn.duban.security.ApiTokens;
import cn.duban.security.Role;
import cn.duban.security.UserAccounts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Report saves and submits through the API under load (issue 14, item 5) — a benchmark, run by
 * {@code bench/report-load.sh}, never a test:
 * <ol>
 * <li>{@code seed DATA_DIR UNITS [PLANS]}: starts Duban on a fresh data folder, makes a county with
 *     UNITS townships, one liaison and one access token each, an office token, and PLANS plans of
 *     one task per township reported weekly since 1 January (so each township has a report to
 *     write for every plan and every week so far); writes the tokens to DATA_DIR/load-tokens.tsv
 *     and stops.</li>
 * <li>{@code run URL TOKENS SECONDS [RATE]}: one client thread per township, each writing its
 *     reports as a liaison does — open the report, save the draft three times, submit — and one
 *     office thread reading {@code /api/dashboard}, against the Duban at URL (a separate JVM,
 *     started on the seeded folder). Closed loop without RATE, paced to RATE operations/s in all
 *     with it (see {@link #run}). Prints operations per second and latency percentiles per
 *     operation, and every answer that was not 2xx.</li>
 * </ol>
 */
public final class ReportLoad {

    private static final Pattern ID = Pattern.compile("\"report\":\\{\"id\":(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern TOP_VERSION = Pattern.compile("^\\{\"id\":\\d+.*?\"version\":(\\d+)");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("seed")) {
            seed(Path.of(args[1]), Integer.parseInt(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 1);
        } else {
            run(args[1], Path.of(args[2]), Integer.parseInt(args[3]), args.length > 4 ? Double.parseDouble(args[4]) : 0,
                    args.length > 5 ? Long.parseLong(args[5]) : 0);
        }
    }

    static void seed(Path data, int units, int plans) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DubanApplication.class).run(
                "--duban.data-dir=" + data, "--duban.db.url=" + Objects.requireNonNullElse(System.getenv("LOAD_DB_URL"), ""),
                "--server.port=0", "--management.server.port=0", "--duban.demo=false",
                "--duban.reminders.enabled=false", "--duban.backup.enabled=false", "--spring.main.banner-mode=off")) {
            Organisations organisations = app.getBean(Organisations.class);
            UserAccounts accounts = app.getBean(UserAccounts.class);
            ApiTokens tokens = app.getBean(ApiTokens.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            TransactionTemplate tx = app.getBean(TransactionTemplate.class);
            int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
            StringBuilder out = new StringBuilder();
            List<Long> planIds = new ArrayList<>();
            tx.executeWithoutResult(s -> {
                Organisation county = organisations.add("压测县", OrganisationKind.COUNTY, null);
                Organisation office = organisations.add("压测县督查室", OrganisationKind.OFFICE, county.id());
                for (int k = 0; k < plans; k++) {
                    long plan = jdbc.sql("insert into plan (title, year, area_id, created_by) values (:t, :y, :a, 'load') returning id")
                            .param("t", "压测计划" + (k + 1)).param("y", year).param("a", county.id()).query(Long.class).single();
                    jdbc.sql("insert into reporting_rule (plan_id, cadence, due_day) values (:p, 'WEEKLY', 5)").param("p", plan).update();
                    planIds.add(plan);
                }
                var supervisor = accounts.create("load_office", "督查室", office.id(), Role.SUPERVISOR, "Load#Pass2026x");
                out.append("office\t").append(tokens.issue(supervisor.id(), "压测", 30).secret()).append('\n');
                for (int i = 0; i < units; i++) {
                    Organisation town = organisations.add("压测镇" + i, OrganisationKind.TOWNSHIP, county.id());
                    var liaison = accounts.create("load_liaison_" + i, "联络员" + i, town.id(), Role.LIAISON, "Load#Pass2026x");
                    out.append("liaison\t").append(tokens.issue(liaison.id(), "压测", 30).secret());
                    for (long plan : planIds) {
                        long task = jdbc.sql("""
                                insert into task (plan_id, position, number, title, lead_org_id, deadline, leader)
                                values (:p, :pos, :n, :t, :u, :d, '王副县长') returning id""")
                                .param("p", plan).param("pos", i).param("n", String.valueOf(i + 1)).param("t", "压测任务" + i)
                                .param("u", town.id()).param("d", LocalDate.of(year, 12, 31)).query(Long.class).single();
                        long indicator = jdbc.sql("""
                                insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind)
                                values (:t, 0, '建成数', '1000个', 1000, '个', '>=', 'target') returning id""")
                                .param("t", task).query(Long.class).single();
                        out.append('\t').append(task).append(':').append(indicator);
                    }
                    out.append('\n');
                }
                jdbc.sql("update app_user set must_change_password = false where username like 'load\\_%'").update();
            });
            int weeks = 0;
            for (long plan : planIds) {
                List<Long> periods = app.getBean(ReportingPeriods.class).begun(plan).stream()
                        .map(ReportingPeriod::id).toList();
                out.append("periods\t").append(String.join(",", periods.stream().map(String::valueOf).toList())).append('\n');
                weeks = periods.size();
            }
            Files.writeString(data.resolve("load-tokens.tsv"), out);
            System.out.printf("seeded %d townships, %d plans of %d weekly periods%n", units, plans, weeks);
        }
    }

    /** A township's liaison: its token and, per plan, its task and the task's indicator. */
    record Client(String token, List<long[]> tasks) {
    }

    /** One report to write: a plan's task in one week. */
    record Step(long task, long indicator, long period) {
    }

    /**
     * Without a rate (0), closed loop as in runs 1–15: every client walks from week 1 forward
     * through the first plan, each request sent as soon as the last answered. With a rate, the
     * clients together offer that many report operations per second, each on its own fixed
     * schedule, working from the current week back (this week's report in every plan, then last
     * week's…), as liaisons do; a latency is counted from when the request was due, so a
     * server falling behind shows in it (no coordinated omission).
     */
    static void run(String url, Path tokensFile, int seconds, double rate, long appPid) throws Exception {
        String office = null;
        List<Client> clients = new ArrayList<>();
        List<List<Long>> periods = new ArrayList<>();
        for (String line : Files.readAllLines(tokensFile)) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "office" -> office = f[1];
                case "liaison" -> {
                    List<long[]> tasks = new ArrayList<>();
                    for (int i = 2; i < f.length; i++) {
                        String[] ti = f[i].split(":");
                        tasks.add(new long[]{Long.parseLong(ti[0]), Long.parseLong(ti[1])});
                    }
                    clients.add(new Client(f[1], tasks));
                }
                case "periods" -> periods.add(Arrays.stream(f[1].split(",")).map(Long::parseLong).toList());
                default -> throw new IllegalArgumentException(line);
            }
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Recorder> recorders = new ConcurrentHashMap<>();
        Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        List<Thread> threads = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients.size() + 1);
        long origin = System.nanoTime() + 200_000_000L;
        // Each client's interval between requests; its first request at a random point of it, so they do not come in waves.
        long interval = rate > 0 ? (long) (clients.size() / rate * 1e9) : 0;
        Random phases = new Random(14);
        for (Client c : clients) {
            List<Step> steps = steps(c, periods, rate > 0);
            Pacer pacer = new Pacer(origin + (interval == 0 ? 0 : (long) (phases.nextDouble() * interval)), interval);
            Thread t = new Thread(() -> {
                try {
                    for (int i = 0; !stop.get(); i = (i + 1) % steps.size()) {
                        week(http, url, c, steps.get(i), pacer, recorders, failures, measuring, stop);
                    }
                } finally {
                    done.countDown();
                }
            });
            threads.add(t);
        }
        String officeToken = office;
        // The office reads its dashboard: back to back in the closed loop, five times a second with a rate.
        Pacer officePace = new Pacer(origin, rate > 0 ? 200_000_000L : 0);
        threads.add(new Thread(() -> {
            try {
                while (!stop.get()) {
                    call(http, HttpRequest.newBuilder(URI.create(url + "/api/dashboard")).header("Authorization", "Bearer " + officeToken)
                            .GET(), "dashboard", officePace, recorders, failures, measuring);
                }
            } finally {
                done.countDown();
            }
        }));
        threads.forEach(Thread::start);
        Thread.sleep(10_000); // warm-up: the JIT, the pools, the first periods' standings
        recorders.clear();
        failures.clear();
        measuring.set(true);
        long start = System.nanoTime();
        double[] cpu0 = {cpuSeconds(appPid, "java"), cpuSeconds(0, "postgres")};
        Thread.sleep(seconds * 1000L);
        double[] cpu1 = {cpuSeconds(appPid, "java"), cpuSeconds(0, "postgres")};
        measuring.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        done.await();
        long writes = 0;
        List<Long> all = new ArrayList<>();
        System.out.printf("%n%d clients writing reports (%s), 1 reading the dashboard, %.1f s measured%n", clients.size(),
                rate > 0 ? "offering %.0f operations/s, current week first".formatted(rate) : "closed loop, from week 1", elapsed);
        for (String op : List.of("open", "save", "submit", "dashboard")) {
            Recorder r = recorders.get(op);
            if (r == null) {
                continue;
            }
            long[] l = r.sorted();
            if (!op.equals("dashboard")) {
                writes += l.length;
                for (long x : l) {
                    all.add(x);
                }
            }
            System.out.printf("%-9s %7d ops %8.1f/s  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", op, l.length,
                    l.length / elapsed,
                    pct(l, 50), pct(l, 90), pct(l, 99), l.length == 0 ? 0 : l[l.length - 1] / 1e6);
        }
        long[] w = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("report operations (open+save+submit): %.1f/s, p50 %.1f ms, p99 %.1f ms%n", writes / elapsed, pct(w, 50),
                pct(w, 99));
        if (appPid > 0) {
            // CPU per operation varies less on a shared machine than operations per second do.
            long ops = writes + (recorders.containsKey("dashboard") ? recorders.get("dashboard").sorted().length : 0);
            System.out.printf("CPU while measured: application %.2f cores, PostgreSQL %.2f cores; per request %.2f ms + %.2f ms%n",
                    (cpu1[0] - cpu0[0]) / elapsed, (cpu1[1] - cpu0[1]) / elapsed, (cpu1[0] - cpu0[0]) * 1000 / ops,
                    (cpu1[1] - cpu0[1]) * 1000 / ops);
        }
        System.out.println("not 2xx: " + (failures.isEmpty() ? "none" : failures));
    }

    /**
     * CPU seconds used so far by the process {@code pid} (0: by every process of that name), from
     * /proc; 0 where there is no /proc.
     */
    static double cpuSeconds(long pid, String name) {
        double ticks = 0;
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path d : dirs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                if (pid > 0 && !d.getFileName().toString().equals(String.valueOf(pid))) {
                    continue;
                }
                try {
                    String stat = Files.readString(d.resolve("stat"));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (!comm.equals(name)) {
                        continue;
                    }
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                } catch (IOException | RuntimeException gone) {
                    // a process that ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks / 100.0; // USER_HZ
    }

    /** A client's reports in the order it writes them. */
    private static List<Step> steps(Client c, List<List<Long>> periods, boolean currentFirst) {
        List<Step> steps = new ArrayList<>();
        if (!currentFirst) {
            for (long period : periods.get(0)) {
                steps.add(new Step(c.tasks().get(0)[0], c.tasks().get(0)[1], period));
            }
            return steps;
        }
        int weeks = periods.get(0).size();
        for (int back = 0; back < weeks; back++) {
            for (int k = 0; k < periods.size(); k++) {
                List<Long> plan = periods.get(k);
                steps.add(new Step(c.tasks().get(k)[0], c.tasks().get(k)[1], plan.get(plan.size() - 1 - back)));
            }
        }
        return steps;
    }

    /** When a client's next request is due: every {@code interval} ns from {@code next}, or at once when 0. */
    static final class Pacer {
        private long next;
        private final long interval;

        Pacer(long first, long interval) {
            this.next = first;
            this.interval = interval;
        }

        /** Waits until the next request is due and returns that moment (or now, unpaced). */
        long due() {
            if (interval == 0) {
                return System.nanoTime();
            }
            long at = next;
            next += interval;
            long wait = at - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            return at;
        }
    }

    /** One report of one township: open it, save it three times, submit. */
    private static void week(HttpClient http, String url, Client c, Step step, Pacer pacer, Map<String, Recorder> recorders,
            Map<String, AtomicLong> failures, AtomicBoolean measuring, AtomicBoolean stop) {
        String opened = call(http, json(url + "/api/reports/open", c.token()).POST(
                HttpRequest.BodyPublishers.ofString("{\"periodId\":" + step.period() + "}")), "open", pacer, recorders, failures,
                measuring);
        if (opened == null) {
            return;
        }
        Matcher id = ID.matcher(opened);
        Matcher version = VERSION.matcher(opened);
        if (!id.find() || !version.find() || opened.contains("\"state\":\"SUBMITTED\"") || opened.contains("\"state\":\"APPROVED\"")
                || opened.contains("\"state\":\"ACCEPTED\"")) {
            return; // this week is already in; next
        }
        long report = Long.parseLong(id.group(1));
        int v = Integer.parseInt(version.group(1));
        for (int i = 1; i <= 3 && !stop.get(); i++) {
            String saved = call(http, json(url + "/api/reports/" + report, c.token()).PUT(
                    HttpRequest.BodyPublishers.ofString(body(step, v, i * 10))), "save", pacer, recorders, failures, measuring);
            if (saved == null) {
                return;
            }
            Matcher m = TOP_VERSION.matcher(saved);
            if (!m.find()) {
                return;
            }
            v = Integer.parseInt(m.group(1));
        }
        call(http, json(url + "/api/reports/" + report + "/submit", c.token()).header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body(step, v, 40))), "submit", pacer, recorders, failures, measuring);
    }

    private static String body(Step s, int version, int value) {
        return "{\"version\":" + version + ",\"lines\":[{\"taskId\":" + s.task() + ",\"values\":{\"" + s.indicator() + "\":" + value
                + "},\"narrative\":\"按计划推进，本周完成" + value + "个\",\"problems\":\"\",\"nextSteps\":\"继续推进\"}]}";
    }

    private static HttpRequest.Builder json(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    private static String call(HttpClient http, HttpRequest.Builder request, String op, Pacer pacer, Map<String, Recorder> recorders,
            Map<String, AtomicLong> failures, AtomicBoolean measuring) {
        long t0 = pacer.due();
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long took = System.nanoTime() - t0;
            if (measuring.get()) {
                recorders.computeIfAbsent(op, k -> new Recorder()).add(took);
            }
            if (r.statusCode() / 100 != 2) {
                if (measuring.get()) {
                    failures.computeIfAbsent(op + " " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                }
                return null;
            }
            return r.body();
        } catch (Exception e) {
            if (measuring.get()) {
                failures.computeIfAbsent(op + " " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
            }
            return null;
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** Latencies of one operation, in nanoseconds. */
    static final class Recorder {
        private final List<Long> values = Collections.synchronizedList(new ArrayList<>());

        void add(long nanos) {
            values.add(nanos);
        }

        long[] sorted() {
            synchronized (values) {
                return values.stream().mapToLong(Long::longValue).sorted().toArray();
            }
        }
    }
}
