package cn.duban.assignments;

import cn.duban.audit.AuditTrail;
import cn.duban.files.Checksums;
import cn.duban.org.Organisation;
import cn.duban.org.Organisations;
import cn.duban.progress.Dashboards;
import cn.duban.progress.ReportingOverview;
import cn.duban.progress.ReportingPeriod;
import cn.duban.progress.ReportingPeriods;
import cn.duban.progress.TaskStatus;
import cn.duban.reminders.Reminders;
import cn.duban.reports.OfficialDocument;
import cn.duban.reports.OfficialDocx;
import cn.duban.security.DubanUser;
import cn.duban.time.CountyTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督办单 and 催办单, each issued in one click, numbered, written as a GB/T 9704 document (.docx and OFD), kept,
 * sent to the unit's inbox and channels, and audited. A 督办单 presses an overdue or lagging task:
 * 蓝 while it lags, 黄 once past its deadline, 红 when more than fifteen days past it — and each
 * further 督办单 on the same task is at least one grade above the last. A 催办单 goes to every
 * unit that owes the office a period's report; a second click the same day sends nothing twice.
 */
@Service
public class Notices {

    static final int RED_AFTER_DAYS = 15;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final DocumentNumbers numbers;
    private final Organisations organisations;
    private final Dashboards dashboards;
    private final ReportingPeriods periods;
    private final ReportingOverview overview;
    private final Reminders reminders;
    private final CountyTime time;

    Notices(JdbcClient jdbc, AuditTrail audit, DocumentNumbers numbers, Organisations organisations, Dashboards dashboards,
            ReportingPeriods periods, ReportingOverview overview, Reminders reminders, CountyTime time) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.numbers = numbers;
        this.organisations = organisations;
        this.dashboards = dashboards;
        this.periods = periods;
        this.overview = overview;
        this.reminders = reminders;
        this.time = time;
    }

    /** Issues a 督办单 on a task of the office's area; returns it. */
    @Transactional
    public Notice press(long taskId, DubanUser by, long areaId) {
        TaskFacts t = TaskFacts.of(jdbc, taskId).filter(x -> organisations.subtree(areaId).contains(x.area()))
                .orElseThrow(() -> new AssignmentRejected("任务不存在或不在本县范围内"));
        if (t.lead() == null) {
            throw new AssignmentRejected("该任务尚未明确牵头单位，无法督办");
        }
        // One moment for the whole notice: its 文号's year, its date, the day it counts the delay to, when it is listed.
        OffsetDateTime issuedAt = time.now();
        LocalDate today = issuedAt.toLocalDate();
        var standings = dashboards.standingsOf(taskId);
        // Newest first: the standing of the period now running.
        TaskStatus status = standings.isEmpty() ? null : standings.get(0).status();
        boolean overdue = t.deadline() != null && t.deadline().isBefore(today) && status != TaskStatus.DONE;
        if (!overdue && status != TaskStatus.LAGGING && status != TaskStatus.OVERDUE) {
            throw new AssignmentRejected("该任务未超期也未滞后，无需督办");
        }
        long daysLate = overdue ? ChronoUnit.DAYS.between(t.deadline(), today) : 0;
        String grade = !overdue ? "BLUE" : daysLate > RED_AFTER_DAYS ? "RED" : "YELLOW";
        String previous = jdbc.sql("select grade from notice where kind = 'PRESS' and task_id = :t order by id desc limit 1")
                .param("t", taskId).query(String.class).optional().orElse(null);
        grade = escalate(grade, previous);
        String key = "press:" + taskId + ":" + today;
        if (jdbc.sql("select count(*) from notice where dedupe_key = :k").param("k", key).query(Long.class).single() > 0) {
            throw new AssignmentRejected("今天已对该任务发出督办单");
        }
        Organisation county = organisations.find(areaId).orElseThrow();
        String unit = organisations.find(t.lead()).map(Organisation::name).orElse("");
        String number = numbers.next(DocumentNumbers.Kind.PRESS, areaId, county.name(), today.getYear());
        String gradeName = gradeName(grade);
        String title = "督办单（" + gradeName + "）";
        String situation = overdue
                ? "完成时限为" + CountyTime.dayOf(t.deadline()) + "，已超期" + daysLate + "天"
                : "按进度节点已滞后" + (standings.isEmpty() ? "" : "（" + standings.get(0).reason() + "）");
        List<OfficialDocx.Block> b = new ArrayList<>();
        b.add(new OfficialDocx.Title(county.name() + "人民政府督查室" + title));
        b.add(new OfficialDocx.Recipients(number));
        b.add(new OfficialDocx.Recipients(unit + "："));
        b.add(new OfficialDocx.Body("你单位牵头的“" + t.planTitle() + "”中“" + t.title() + "”任务，" + situation + "。"));
        b.add(new OfficialDocx.Body("请于收到本督办单后3个工作日内，书面报告未按期完成的原因、已采取的措施和确保完成的时限，"
                + "并按时限完成。逾期未完成的，县政府督查室将按有关规定予以通报、约谈。"));
        b.add(new OfficialDocx.Signature(county.name() + "人民政府督查室\n" + CountyTime.dayOf(today)));
        Notice n = keep(areaId, "PRESS", grade, taskId, null, t.lead(), number, title, OfficialDocument.of(b), key, by, issuedAt);
        reminders.tell("notice:" + n.id(), t.lead(), grade, "督办：" + t.title(), number + " " + title + "：" + situation + "，请3个工作日内书面报告。");
        audit.record("发出督办单", "notice", n.id(), null, Map.of("taskId", taskId, "grade", grade, "number", number));
        return n;
    }

    /** One grade above the last 督办单 on the task, if that one was as high or higher. */
    static String escalate(String grade, String previous) {
        List<String> order = List.of("BLUE", "YELLOW", "RED");
        if (previous == null) {
            return grade;
        }
        int at = Math.max(order.indexOf(grade), Math.min(order.indexOf(previous) + 1, 2));
        return order.get(at);
    }

    static String gradeName(String grade) {
        return switch (grade) {
            case "BLUE" -> "蓝色";
            case "YELLOW" -> "黄色";
            default -> "红色";
        };
    }

    /** 一键催报: a 催办单 to every unit that owes the office this period's report; returns those issued now. */
    @Transactional
    public List<Notice> urge(long periodId, DubanUser by, long areaId) {
        ReportingPeriod period = period(periodId, areaId);
        OffsetDateTime issuedAt = time.now();
        LocalDate today = issuedAt.toLocalDate();
        Organisation county = organisations.find(areaId).orElseThrow();
        String planTitle = jdbc.sql("select title from plan where id = :p").param("p", period.planId()).query(String.class).single();
        List<Notice> issued = new ArrayList<>();
        for (ReportingOverview.UnitReporting u : overview.of(period)) {
            if (!u.standing().owed()) {
                continue;
            }
            String key = "urge:" + periodId + ":" + u.unitId() + ":" + today;
            if (jdbc.sql("select count(*) from notice where dedupe_key = :k").param("k", key).query(Long.class).single() > 0) {
                continue;
            }
            String number = numbers.next(DocumentNumbers.Kind.URGE, areaId, county.name(), today.getYear());
            String title = "催办单";
            List<OfficialDocx.Block> b = new ArrayList<>();
            b.add(new OfficialDocx.Title(county.name() + "人民政府督查室催办单"));
            b.add(new OfficialDocx.Recipients(number));
            b.add(new OfficialDocx.Recipients(u.unitName() + "："));
            b.add(new OfficialDocx.Body("“" + planTitle + "”" + period.label() + "的进展应于" + CountyTime.dayOf(period.due())
                    + "前报送，截至" + CountyTime.dayOf(today) + "你单位" + u.standing().label() + "。"));
            b.add(new OfficialDocx.Body("请于1个工作日内登录督办系统报送本期进展。逾期未报送的，将在本期通报中列为未报送单位。"));
            b.add(new OfficialDocx.Signature(county.name() + "人民政府督查室\n" + CountyTime.dayOf(today)));
            Notice n = keep(areaId, "URGE", null, null, periodId, u.unitId(), number, title, OfficialDocument.of(b), key, by, issuedAt);
            reminders.tell("notice:" + n.id(), u.unitId(), "YELLOW", "催报：" + period.label() + "进展",
                    number + "：“" + planTitle + "”" + period.label() + "的进展尚未报送（" + u.standing().label() + "），请1个工作日内报送。");
            audit.record("发出催办单", "notice", n.id(), null, Map.of("periodId", periodId, "unitId", u.unitId(), "number", number));
            issued.add(n);
        }
        return issued;
    }

    ReportingPeriod period(long periodId, long areaId) {
        return periods.find(periodId).filter(p -> organisations.subtree(areaId).contains(dashboards.areaOfPlan(p.planId())))
                .orElseThrow(() -> new AssignmentRejected("报送期不存在或不在本县范围内"));
    }

    private Notice keep(long areaId, String kind, String grade, Long taskId, Long periodId, long unit, String number, String title,
            OfficialDocument document, String key, DubanUser by, OffsetDateTime issuedAt) {
        long id = jdbc.sql("""
                insert into notice (area_id, kind, grade, task_id, period_id, unit_id, number, title, document, sha256, ofd,
                                    ofd_sha256, dedupe_key, created_by, created_at)
                values (:a, :k, :g, :t, :p, :u, :n, :title, :d, :s, :ofd, :ofdSha, :key, :by, :at) returning id""")
                .param("a", areaId).param("k", kind).param("g", grade).param("t", taskId).param("p", periodId).param("u", unit)
                .param("n", number).param("title", title).param("d", document.docx()).param("s", Checksums.sha256(document.docx()))
                .param("ofd", document.ofd()).param("ofdSha", Checksums.sha256(document.ofd())).param("key", key)
                .param("by", by.getUsername()).param("at", issuedAt).query(Long.class).single();
        return find(id).orElseThrow();
    }

    public Optional<Notice> find(long id) {
        return list("n.id = :id", Map.of("id", id)).stream().findFirst();
    }

    public List<Notice> ofPeriod(long periodId) {
        return list("n.period_id = :p", Map.of("p", periodId));
    }

    public List<Notice> ofTask(long taskId) {
        return list("n.task_id = :t", Map.of("t", taskId));
    }

    /** Whether a user may read this notice: the office of its area, or the unit it went to. */
    public boolean mayView(Notice n, long areaId, Collection<Long> units, boolean wholeArea) {
        long area = jdbc.sql("select area_id from notice where id = :id").param("id", n.id()).query(Long.class).single();
        return wholeArea ? area == areaId : units.contains(n.unitId());
    }

    public byte[] document(long id) {
        return jdbc.sql("select document from notice where id = :id").param("id", id).query(byte[].class).single();
    }

    /** The notice in OFD; none for one issued before notices were kept in OFD too. */
    public Optional<byte[]> ofd(long id) {
        return jdbc.sql("select ofd from notice where id = :id and ofd is not null").param("id", id).query(byte[].class).optional();
    }

    private List<Notice> list(String where, Map<String, ?> params) {
        return jdbc.sql("""
                select n.id, n.kind, n.grade, n.task_id, n.period_id, n.unit_id, o.name, n.number, n.title, n.created_by,
                       n.created_at
                from notice n join organisation o on o.id = n.unit_id
                where \s""" + where + " order by n.created_at desc, n.id desc")
                .params(params)
                .query((rs, i) -> new Notice(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), rs.getObject(5) == null ? null : rs.getLong(5), rs.getLong(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getObject(11, OffsetDateTime.class)))
                .list();
    }
}
