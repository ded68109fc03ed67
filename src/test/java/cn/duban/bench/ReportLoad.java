package cn.duban.bench;

import cn.duban.DubanApplication;
import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.Organisations;
import cn.duban.security.ApiTokens;
import cn.duban.security.Role;
import cn.duban.security.UserAccounts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Report saves and submits through the API under load (issue 14, item 5) — a benchmark, run by
 * {@code bench/report-load.sh}, never a test:
 * <ol>
 * <li>{@code seed DATA_DIR UNITS}: starts Duban on a fresh data folder, makes a county with UNITS
 *     townships, one liaison and one access token each, an office token, and a plan of one task
 *     per township reported weekly since 1 January (so each township has a report to write for
 *     every week so far); writes the tokens to DATA_DIR/load-tokens.tsv and stops.</li>
 * <li>{@code run URL TOKENS SECONDS}: one client thread per township, each going through its
 *     weeks as a liaison does — open the week's report, save the draft three times, submit — and
 *     one office thread reading {@code /api/dashboard} back to back, against the Duban at URL
 *     (a separate JVM, started on the seeded folder). Prints operations per second and latency
 *     percentiles per operation, and every answer that was not 2xx.</li>
 * </ol>
 */
public final class ReportLoad {

    private static final Pattern ID = Pattern.compile("\"report\":\\{\"id\":(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern TOP_VERSION = Pattern.compile("^\\{\"id\":\\d+.*?\"version\":(\\d+)");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("seed")) {
            seed(Path.of(args[1]), Integer.parseInt(args[2]));
        } else {
            run(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
        }
    }

    static void seed(Path data, int units) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DubanApplication.class).run(
                "--duban.data-dir=" + data, "--duban.db.url=", "--server.port=0", "--management.server.port=0", "--duban.demo=false",
                "--duban.reminders.enabled=false", "--duban.backup.enabled=false", "--spring.main.banner-mode=off")) {
            Organisations organisations = app.getBean(Organisations.class);
            UserAccounts accounts = app.getBean(UserAccounts.class);
            ApiTokens tokens = app.getBean(ApiTokens.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            TransactionTemplate tx = app.getBean(TransactionTemplate.class);
            int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
            StringBuilder out = new StringBuilder();
            tx.executeWithoutResult(s -> {
                Organisation county = organisations.add("压测县", OrganisationKind.COUNTY, null);
                Organisation office = organisations.add("压测县督查室", OrganisationKind.OFFICE, county.id());
                long plan = jdbc.sql("insert into plan (title, year, area_id, created_by) values ('压测计划', :y, :a, 'load') returning id")
                        .param("y", year).param("a", county.id()).query(Long.class).single();
                jdbc.sql("insert into reporting_rule (plan_id, cadence, due_day) values (:p, 'WEEKLY', 5)").param("p", plan).update();
                var supervisor = accounts.create("load_office", "督查室", office.id(), Role.SUPERVISOR, "Load#Pass2026x");
                out.append("office\t").append(tokens.issue(supervisor.id(), "压测", 30).secret()).append('\n');
                for (int i = 0; i < units; i++) {
                    Organisation town = organisations.add("压测镇" + i, OrganisationKind.TOWNSHIP, county.id());
                    long task = jdbc.sql("""
                                    insert into task (plan_id, position, number, title, lead_org_id, deadline, leader)
                                    values (:p, :pos, :n, :t, :u, :d, '王副县长') returning id""")
                            .param("p", plan).param("pos", i).param("n", String.valueOf(i + 1)).param("t", "压测任务" + i)
                            .param("u", town.id()).param("d", LocalDate.of(year, 12, 31)).query(Long.class).single();
                    long indicator = jdbc.sql("""
                                    insert into indicator (task_id, position, name, surface, target_value, unit, comparator, kind)
                                    values (:t, 0, '建成数', '1000个', 1000, '个', '>=', 'target') returning id""")
                            .param("t", task).query(Long.class).single();
                    var liaison = accounts.create("load_liaison_" + i, "联络员" + i, town.id(), Role.LIAISON, "Load#Pass2026x");
                    out.append("liaison\t").append(tokens.issue(liaison.id(), "压测", 30).secret()).append('\t').append(task)
                            .append('\t').append(indicator).append('\n');
                }
                jdbc.sql("update app_user set must_change_password = false where username like 'load\\_%'").update();
            });
            long plan = jdbc.sql("select id from plan where title = '压测计划'").query(Long.class).single();
            List<Long> periods = app.getBean(cn.duban.progress.ReportingPeriods.class).begun(plan).stream()
                    .map(cn.duban.progress.ReportingPeriod::id).toList();
            out.append("periods\t").append(String.join(",", periods.stream().map(String::valueOf).toList())).append('\n');
            Files.writeString(data.resolve("load-tokens.tsv"), out);
            System.out.printf("seeded %d townships, %d weekly periods%n", units, periods.size());
        }
    }

    record Client(String token, long task, long indicator) {
    }

    static void run(String url, Path tokensFile, int seconds) throws Exception {
        String office = null;
        List<Client> clients = new ArrayList<>();
        List<Long> periods = List.of();
        for (String line : Files.readAllLines(tokensFile)) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "office" -> office = f[1];
                case "liaison" -> clients.add(new Client(f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
                case "periods" -> periods = Arrays.stream(f[1].split(",")).map(Long::parseLong).toList();
                default -> throw new IllegalArgumentException(line);
            }
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Recorder> recorders = new ConcurrentHashMap<>();
        Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        List<Long> weeks = periods;
        List<Thread> threads = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients.size() + 1);
        for (Client c : clients) {
            Thread t = new Thread(() -> {
                try {
                    for (int w = 0; !stop.get(); w = (w + 1) % weeks.size()) {
                        week(http, url, c, weeks.get(w), recorders, failures, measuring, stop);
                    }
                } finally {
                    done.countDown();
                }
            });
            threads.add(t);
        }
        String officeToken = office;
        threads.add(new Thread(() -> {
            try {
                while (!stop.get()) {
                    call(http, HttpRequest.newBuilder(URI.create(url + "/api/dashboard")).header("Authorization", "Bearer " + officeToken)
                            .GET(), "dashboard", recorders, failures, measuring);
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
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        done.await();
        long writes = 0;
        List<Long> all = new ArrayList<>();
        System.out.printf("%n%d clients writing reports, 1 reading the dashboard, %.1f s measured%n", clients.size(), elapsed);
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
            System.out.printf("%-9s %7d ops %8.1f/s  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", op, l.length, l.length / elapsed,
                    pct(l, 50), pct(l, 90), pct(l, 99), l.length == 0 ? 0 : l[l.length - 1] / 1e6);
        }
        long[] w = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("report operations (open+save+submit): %.1f/s, p99 %.1f ms%n", writes / elapsed, pct(w, 99));
        System.out.println("not 2xx: " + (failures.isEmpty() ? "none" : failures));
    }

    /** One week of one township: open the report, save it three times, submit. */
    private static void week(HttpClient http, String url, Client c, long period, Map<String, Recorder> recorders,
                             Map<String, AtomicLong> failures, AtomicBoolean measuring, AtomicBoolean stop) {
        String opened = call(http, json(url + "/api/reports/open", c.token(), "{\"periodId\":" + period + "}").POST(
                HttpRequest.BodyPublishers.ofString("{\"periodId\":" + period + "}")), "open", recorders, failures, measuring);
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
            String saved = call(http, json(url + "/api/reports/" + report, c.token(), null).PUT(
                    HttpRequest.BodyPublishers.ofString(body(c, v, i * 10))), "save", recorders, failures, measuring);
            if (saved == null) {
                return;
            }
            Matcher m = TOP_VERSION.matcher(saved);
            if (!m.find()) {
                return;
            }
            v = Integer.parseInt(m.group(1));
        }
        call(http, json(url + "/api/reports/" + report + "/submit", c.token(), null).header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body(c, v, 40))), "submit", recorders, failures, measuring);
    }

    private static String body(Client c, int version, int value) {
        return "{\"version\":" + version + ",\"lines\":[{\"taskId\":" + c.task() + ",\"values\":{\"" + c.indicator() + "\":" + value
                + "},\"narrative\":\"按计划推进，本周完成" + value + "个\",\"problems\":\"\",\"nextSteps\":\"继续推进\"}]}";
    }

    private static HttpRequest.Builder json(String url, String token, String ignored) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    private static String call(HttpClient http, HttpRequest.Builder request, String op, Map<String, Recorder> recorders,
                               Map<String, AtomicLong> failures, AtomicBoolean measuring) {
        long t0 = System.nanoTime();
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
        private final List<Long> values = java.util.Collections.synchronizedList(new ArrayList<>());

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
