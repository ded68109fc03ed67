package cn.duban.progress;

import cn.duban.extract.DocumentRejected;
import cn.duban.extract.ReaderService;
import cn.duban.ledger.ReportsOnPlans;
import cn.duban.org.Organisation;
import cn.duban.org.Organisations;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document brought to 导入文档 that is a unit's 工作汇报 on a plan already in the ledger (issue 25, item 6).
 * Official writing names its author in the title (青河镇2026年1—11月工作总结) or in the 落款 at its foot
 * (青河镇人民政府 / 2026年12月3日): a unit of the area named there, leading tasks in a plan of the area
 * whose period is open today, is the candidate; the reader and {@link AchievementMatcher} then decide, as for
 * an upload on the report itself — a plan or a speech gives no achievements to fill and is not offered.
 */
@Component
class ReportRecognition implements ReportsOnPlans {

    /** Lines read for the author at the head (title, subtitle, date line) and at the foot (落款). */
    private static final int HEAD_LINES = 3;
    private static final int FOOT_LINES = 4;

    private final ReaderService reader;
    private final ReportDocuments documents;
    private final Reports reports;
    private final ReportingPeriods periods;
    private final Dashboards dashboards;
    private final Organisations organisations;
    private final ReportAccess access;

    ReportRecognition(ReaderService reader, ReportDocuments documents, Reports reports, ReportingPeriods periods,
            Dashboards dashboards, Organisations organisations, ReportAccess access) {
        this.reader = reader;
        this.documents = documents;
        this.reports = reports;
        this.periods = periods;
        this.dashboards = dashboards;
        this.organisations = organisations;
        this.access = access;
    }

    @Override
    public List<Recognised> recognise(String fileName, String text, long areaId) {
        Set<Long> area = organisations.subtree(areaId);
        Optional<Organisation> author = authorOf(text, organisations.within(area).stream().filter(o -> o.id() != areaId).toList());
        if (author.isEmpty()) {
            return List.of();
        }
        ReaderService.Reading read;
        try {
            read = reader.read("汇报.txt", text.getBytes(StandardCharsets.UTF_8));
        } catch (DocumentRejected e) {
            return List.of();
        }
        Organisation unit = author.get();
        List<Recognised> out = new ArrayList<>();
        for (Map.Entry<Long, String> plan : dashboards.plansLedBy(unit.id())) {
            if (dashboards.areaOfPlan(plan.getKey()) != areaId) {
                continue;
            }
            Optional<ReportingPeriod> period = periods.current(plan.getKey()).filter(p -> p.contains(periods.today()));
            if (period.isEmpty()) {
                continue;
            }
            UnitReport report = reports.ofUnits(List.of(unit.id())).stream().filter(r -> r.periodId() == period.get().id())
                    .findFirst()
                    .orElse(UnitReport.unopened(period.get(), plan.getValue(), areaId, unit.id(), unit.name()));
            if (!report.state().editable()) {
                continue; // already sent to the unit head: nothing to fill
            }
            ReportDocuments.Read matched = documents.matched(report, "汇报", read);
            int indicators = matched.lines().stream().mapToInt(l -> l.measures().size()).sum();
            int values = matched.reading().proposals().size();
            // One figure could be chance; two, or every one a small report asks for, is a report on the plan.
            if (values >= Math.min(2, Math.max(1, indicators))) {
                out.add(new Recognised(plan.getKey(), plan.getValue(), period.get().id(), period.get().label(), unit.id(),
                        unit.name(), values, indicators));
            }
        }
        out.sort(Comparator.comparingInt(Recognised::values).reversed());
        return out;
    }

    /**
     * The unit named in the title lines, else in the 落款, the longest name first (青河镇人民政府 names 青河镇). The
     * addressee line under the title (县政府督查室：) names whom the report goes to, not who wrote it.
     */
    static Optional<Organisation> authorOf(String text, List<Organisation> units) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> head = lines.stream().limit(HEAD_LINES).filter(l -> !l.endsWith("：") && !l.endsWith(":")).toList();
        List<String> foot = lines.stream().skip(Math.max(HEAD_LINES, lines.size() - FOOT_LINES)).toList();
        return named(String.join("\n", head), units).or(() -> named(String.join("\n", foot), units));
    }

    private static Optional<Organisation> named(String where, List<Organisation> units) {
        Organisation best = null;
        int bestLength = 0;
        for (Organisation o : units) {
            for (String name : ReportDocuments.names(o)) {
                if (name.length() > bestLength && where.contains(name)) {
                    best = o;
                    bestLength = name.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    @Transactional
    public long fillOnBehalf(Recognised recognised, String fileName, String text) {
        access.requireOfficeFor(recognised.planId(), recognised.unitId());
        UnitReport report = reports.open(recognised.periodId(), recognised.unitId());
        if (!report.state().editable()) {
            throw new ReportRejected("该单位本期报送当前状态为“" + report.state().label() + "”，不能再按工作汇报填报");
        }
        documents.keep(report.id(), ReportDocuments.baseName(fileName == null ? "工作汇报" : fileName), text);
        return report.id();
    }
}
