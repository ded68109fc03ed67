package cn.duban.ledger;

import cn.duban.extract.Extraction;
import cn.duban.extract.Quantity;
import cn.duban.extract.ReaderService;
import cn.duban.extract.SourceView;
import cn.duban.org.Organisation;
import cn.duban.org.Organisations;
import cn.duban.time.CountyTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** From a document to a proposal, and from an accepted proposal to the ledger. */
@Service
public class PlanImports {

    private final ReaderService reader;
    private final Organisations organisations;
    private final Plans plans;
    private final CountyTime time;

    PlanImports(ReaderService reader, Organisations organisations, Plans plans, CountyTime time) {
        this.reader = reader;
        this.organisations = organisations;
        this.plans = plans;
        this.time = time;
    }

    public ImportProposal propose(String fileName, byte[] bytes, long areaId) {
        ReaderService.Reading reading = reader.read(fileName, bytes);
        Extraction e = reading.extraction();
        String sha = sha256(bytes);
        List<Organisation> units = organisations.within(organisations.subtree(areaId));
        List<ImportProposal.Row> rows = ImportProposal.rows(e, new UnitMatcher(units));
        // The plan is called what the document calls itself (its title line), else what its file is called.
        String title = SpanProposal.titleLine(e).isBlank() ? e.doc() : SpanProposal.titleLine(e);
        return new ImportProposal(UUID.randomUUID().toString(), fileName, sha, areaId, title, e.year(), reading.source(),
                SourceView.of(reading.source(), e.quantities()), rows, e.quantities(), plans.sameSource(areaId, sha).isPresent(),
                SpanProposal.of(e, time.today()));
    }

    /** One row of the review form as the user left it. */
    /**
     * The office's decision on one proposed row. {@code coUnitIds} null keeps the proposed ones;
     * {@code indicators} null keeps the reader's choice (targets, no placeholders), else maps each
     * chosen quantity's index to the indicator name the office gave it.
     */
    public record Decision(int index, boolean include, String title, Long leadOrgId, LocalDate deadline, Handling handling,
            List<Long> coUnitIds, Map<Integer, String> indicators) {
        public Decision(int index, boolean include, String title, Long leadOrgId, LocalDate deadline, Handling handling) {
            this(index, include, title, leadOrgId, deadline, handling, null, null);
        }

        public Decision(int index, boolean include, String title, Long leadOrgId, LocalDate deadline) {
            this(index, include, title, leadOrgId, deadline, Handling.KEEP);
        }
    }

    /** What the review page may do with a proposed task besides keeping it. */
    public enum Handling {
        KEEP,
        /** 并入上一项: its text and indicators join the task above it. */
        MERGE_UP,
        /** 按指标拆分: one task per indicator it states. */
        SPLIT
    }

    /**
     * Saves the accepted rows over the span the office confirmed; refuses a second import of the
     * same document unless confirmed. A task accepted without a lead unit is kept, listed as
     * 待明确牵头单位 on the plan and the dashboard, and tracked once it has one.
     */
    public long accept(ImportProposal p, String title, Plans.Span span, List<Decision> decisions, boolean confirmDuplicate,
            String user) {
        return accept(p, title, "年度重点工作", span, decisions, confirmDuplicate, user);
    }

    /** As above, filing the plan under {@code kind}; the plan, its tasks and its kind are one write. */
    @Transactional
    public long accept(ImportProposal p, String title, String kind, Plans.Span span, List<Decision> decisions,
            boolean confirmDuplicate, String user) {
        if (!Plan.KINDS.contains(kind)) {
            throw new PlanRejected("计划类型应为：" + String.join("、", Plan.KINDS), "kind");
        }
        long planId = acceptRows(p, title, span, decisions, confirmDuplicate, user);
        plans.setKind(planId, kind);
        return planId;
    }

    private long acceptRows(ImportProposal p, String title, Plans.Span span, List<Decision> decisions, boolean confirmDuplicate,
            String user) {
        if (p.duplicate() && !confirmDuplicate) {
            throw new PlanRejected("该文档已导入过本区域的台账；如确需再次导入，请勾选“确认再次导入”", "confirmDuplicate");
        }
        List<Long> allowedUnits = List.copyOf(organisations.subtree(p.areaId()));
        Deadlines deadlines = new Deadlines(Deadlines.firstYear(p), span);
        List<Plans.NewTask> tasks = new ArrayList<>();
        for (Decision d : decisions) {
            if (!d.include()) {
                continue;
            }
            if (d.index() < 0 || d.index() >= p.rows().size()) {
                throw new PlanRejected("任务序号无效");
            }
            if (d.leadOrgId() != null && !allowedUnits.contains(d.leadOrgId())) {
                throw new PlanRejected("第 " + (d.index() + 1) + " 项任务的牵头单位不在本区域内", "rows[" + d.index() + "].leadOrgId");
            }
            ImportProposal.Row row = p.rows().get(d.index());
            // A deadline typed on the review page is the office's; one left as proposed follows the plan's year.
            boolean typed = !Objects.equals(d.deadline(), row.deadline());
            LocalDate taskDue = typed ? d.deadline() : deadlines.follow(d.deadline());
            // Only a target the document sets becomes an indicator unless the office chose otherwise.
            List<Quantity> indicators = d.indicators() == null
                    ? row.quantities().stream().map(p.quantities()::get).filter(ImportProposal::indicatorByDefault).toList()
                    : row.quantities().stream().filter(d.indicators()::containsKey).map(qi -> renamed(p.quantities().get(qi),
                            d.indicators().get(qi))).toList();
            if (d.coUnitIds() != null && !allowedUnits.containsAll(d.coUnitIds())) {
                throw new PlanRejected("第 " + (d.index() + 1) + " 项任务的配合单位不在本区域内", "rows[" + d.index() + "].coUnitIds");
            }
            List<Long> co = (d.coUnitIds() != null ? d.coUnitIds() : row.coUnitIds()).stream()
                    .filter(id -> !id.equals(d.leadOrgId())).distinct().toList();
            switch (d.handling()) {
                case MERGE_UP -> {
                    if (tasks.isEmpty()) {
                        throw new PlanRejected("第 " + (d.index() + 1) + " 项任务上面没有可并入的任务", "rows[" + d.index() + "].handling");
                    }
                    Plans.NewTask above = tasks.remove(tasks.size() - 1);
                    List<Quantity> joined = new ArrayList<>(above.indicators());
                    joined.addAll(indicators);
                    List<Long> coJoined = new ArrayList<>(above.coUnitIds());
                    co.stream().filter(id -> !coJoined.contains(id) && !id.equals(above.leadOrgId())).forEach(coJoined::add);
                    LocalDate due = latest(above.deadline(), taskDue);
                    tasks.add(new Plans.NewTask(above.number(), above.title(), above.body() + "\n" + row.text(),
                            above.leadOrgId(), coJoined, due, joined.stream().map(q -> deadlines.fit(q, due)).toList(), null, null));
                }
                case SPLIT -> {
                    if (indicators.isEmpty()) {
                        throw new PlanRejected("第 " + (d.index() + 1) + " 项任务没有指标，无法按指标拆分", "rows[" + d.index() + "].handling");
                    }
                    int part = 1;
                    for (Quantity q : indicators) {
                        String name = q.indicator().isBlank() ? d.title() : q.indicator();
                        // The office's typed deadline wins for every part; else each part is due when its indicator is.
                        LocalDate due = typed || q.deadline() == null ? taskDue : deadlines.follow(LocalDate.parse(q.deadline()));
                        tasks.add(new Plans.NewTask(row.number() + "-" + part++, name + q.surface(), row.text(), d.leadOrgId(),
                                co, due, List.of(deadlines.fit(q, due)), null, null));
                    }
                }
                default -> tasks.add(new Plans.NewTask(row.number(), d.title(), row.text(), d.leadOrgId(), co, taskDue,
                        indicators.stream().map(q -> deadlines.fit(q, taskDue)).toList(), null, null));
            }
        }
        return plans.create(title, span, p.areaId(), p.fileName(), p.sha256(), p.source(), user, tasks);
    }

    /** The quantity under the name the office gave its indicator (blank keeps the reader's). */
    /**
     * Deadlines that follow the plan (issue 26): a document of an earlier year imported as this year's plan has its
     * 年底前, 6月底前 in the plan's year, so a date in a year before the plan's moves on by the years between the
     * document's first year of work and the plan's; a date already in the plan's year stays (a 2025 总结's 2026年工作打算 imported in
     * December 2026 is due when it says, though tracking starts late). An indicator is due no later than its task
     * and not before the plan starts.
     */
    record Deadlines(int documentYear, Plans.Span span) {

        /**
         * The year the document's work starts in: the earliest year of its proposed tasks' deadlines and their
         * targets' (not a review's forecast; a 2025 总结's 下一步 part is due in 2026), else the document's year.
         * The plan's dates move on from it, so the same 总结 imported two years late moves by one year, not two.
         */
        static int firstYear(ImportProposal p) {
            int first = Integer.MAX_VALUE;
            for (ImportProposal.Row r : p.rows().stream().filter(ImportProposal.Row::proposed).toList()) {
                if (r.deadline() != null) {
                    first = Math.min(first, r.deadline().getYear());
                }
                for (int qi : r.quantities()) {
                    Quantity q = p.quantities().get(qi);
                    if (ImportProposal.indicatorByDefault(q) && q.deadline() != null) {
                        first = Math.min(first, LocalDate.parse(q.deadline()).getYear());
                    }
                }
            }
            return first == Integer.MAX_VALUE ? p.year() : first;
        }

        LocalDate follow(LocalDate d) {
            int years = span.starts().getYear() - documentYear;
            return d != null && years > 0 && d.getYear() < span.starts().getYear() ? d.plusYears(years) : d;
        }

        Quantity fit(Quantity q, LocalDate taskDue) {
            if (q.deadline() == null) {
                return q;
            }
            LocalDate due = follow(LocalDate.parse(q.deadline()));
            if (taskDue != null && due.isAfter(taskDue) || due.isBefore(span.starts())) {
                due = taskDue;
            }
            String d = due == null ? null : due.toString();
            return d != null && d.equals(q.deadline())
                    ? q
                    : q.withDeadline(d);
        }
    }

    private static Quantity renamed(Quantity q, String name) {
        if (name == null || name.isBlank() || name.strip().equals(q.indicator())) {
            return q;
        }
        if (name.strip().length() > 100) {
            throw new PlanRejected("指标名称不超过 100 字：" + name.strip().substring(0, 20) + "…");
        }
        return q.withIndicator(name.strip());
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Imports a document straight away, accepting every proposed row over the document's own span
     * (not clipped to today): the demo county's plans, as if it had tracked them from the start.
     */
    public long importAsProposed(String fileName, byte[] bytes, long areaId, String user) {
        ImportProposal p = propose(fileName, bytes, areaId);
        List<Decision> decisions = p.rows().stream()
                .map(r -> new Decision(r.index(), r.proposed(), r.title(), r.leadOrgId(), r.deadline())).toList();
        return accept(p, p.title(), Plans.Span.ofMonths(p.span().documentFrom(), p.span().documentTo()), decisions, false, user);
    }
}
