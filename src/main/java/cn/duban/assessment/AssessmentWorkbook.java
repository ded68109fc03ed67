package cn.duban.assessment;

import static cn.duban.files.OfficeSheet.column;

import cn.duban.files.OfficeSheet;
import java.util.ArrayList;
import java.util.List;

/** The year's 考核 as a workbook: the annual ranking, the monthly 考评, the quarterly lists, the items. */
final class AssessmentWorkbook {

    private AssessmentWorkbook() {
    }

    static byte[] write(int year, Scores.Result r, List<Assessments.Item> items) {
        try (OfficeSheet book = new OfficeSheet()) {
            OfficeSheet.Table annual = book.table("年度综合考核", year + "年度综合考核", null, List.of(column("分组", 10),
                    column("名次", 6), column("单位", 22), column("月均基础分", 12), column("加分", 8), column("减分", 8),
                    column("综合得分", 10)));
            for (Scores.UnitScore u : r.units()) {
                annual.row(u.group(), u.rank(), u.name(), u.base(), u.plus(), u.minus(), u.total());
            }
            List<OfficeSheet.Column> months = new ArrayList<>(List.of(column("分组", 10), column("单位", 22)));
            for (int m = 1; m <= 12; m++) {
                months.add(column(m + "月", 8));
            }
            OfficeSheet.Table monthly = book.table("月度考评", year + "年月度考评", null, months);
            for (Scores.UnitScore u : r.units()) {
                Object[] row = new Object[14];
                row[0] = u.group();
                row[1] = u.name();
                for (Scores.Month m : u.months()) {
                    row[1 + m.month()] = m.score();
                }
                monthly.row(row);
            }
            OfficeSheet.Table quarters = book.table("季度奖惩", year + "年季度奖惩", null, List.of(column("季度", 10), column("分组", 10),
                    column("名次", 6), column("单位", 22), column("得分", 10), column("名单", 8)));
            for (Scores.Quarter q : r.quarters()) {
                for (Scores.Ranked k : q.ranked()) {
                    quarters.row("第" + q.quarter() + "季度", q.group(), k.rank(), k.name(), k.score(),
                            q.rewarded().contains(k) ? "奖" : q.punished().contains(k) ? "惩" : "");
                }
            }
            OfficeSheet.Table list = book.table("加减分事项", year + "年加减分事项", null, List.of(column("日期", 12), column("单位", 22),
                    column("类别", 12), column("分值", 8), column("依据", 40), column("录入人", 12), column("状态", 20)));
            for (Assessments.Item it : items) {
                list.row(it.occurredOn(), it.organisationName(), it.kind().label(), it.points(), it.basis(), it.createdBy(),
                        it.withdrawn() ? "已撤销：" + it.withdrawReason() : "有效");
            }
            return book.titled(year + "年度考核").bytes();
        }
    }
}
