package cn.duban.ledger;

import cn.duban.org.Organisation;
import cn.duban.org.Organisations;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A ledger sheet into a plan: every row checked first, and nothing saved unless all are right. */
@Service
public class ExcelImports {

    private final Organisations organisations;
    private final Plans plans;

    ExcelImports(Organisations organisations, Plans plans) {
        this.organisations = organisations;
        this.plans = plans;
    }

    /** Refused rows, each with its number and reason. */
    public static class SheetRejected extends RuntimeException {
        private final List<String> problems;

        SheetRejected(List<String> problems) {
            super("Excel 台账有 " + problems.size() + " 处问题，未导入任何内容：" + String.join("；", problems.subList(0, Math.min(20, problems.size())))
                    + (problems.size() > 20 ? "……" : ""));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    public long importSheet(byte[] bytes, String title, int year, long areaId, String fileName, String user) {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add("请填写计划名称");
        }
        List<LedgerWorkbook.LedgerRow> rows = LedgerWorkbook.read(bytes, problems);
        UnitMatcher units = new UnitMatcher(organisations.within(organisations.subtree(areaId)));
        List<Plans.NewTask> tasks = new ArrayList<>();
        for (LedgerWorkbook.LedgerRow r : rows) {
            Optional<Organisation> lead = units.match(r.lead());
            if (lead.isEmpty()) {
                problems.add("第 " + r.rowNumber() + " 行牵头单位“" + r.lead() + "”不在本区域的组织机构中");
            }
            List<Long> co = new ArrayList<>();
            for (String name : r.coUnits()) {
                Optional<Organisation> unit = units.match(name);
                if (unit.isEmpty()) {
                    problems.add("第 " + r.rowNumber() + " 行配合单位“" + name + "”不在本区域的组织机构中");
                } else if (lead.isEmpty() || unit.get().id() != lead.get().id()) {
                    co.add(unit.get().id());
                }
            }
            if (lead.isPresent()) {
                tasks.add(new Plans.NewTask(r.number(), r.title(), r.remark(), lead.get().id(), co, r.deadline(),
                        LedgerWorkbook.indicators(r.requirement(), year), null, null, r.leader(), r.responsiblePerson()));
            }
        }
        if (!problems.isEmpty()) {
            throw new SheetRejected(problems);
        }
        return plans.create(title, year, areaId, fileName, PlanImports.sha256(bytes), null, user, tasks);
    }
}
