package cn.duban.reports;

import cn.duban.files.OfficeSheet;
import cn.duban.ledger.LedgerTask;
import cn.duban.ledger.LedgerWorkbook;
import cn.duban.progress.ReportingPeriod;
import cn.duban.progress.StatusRule;
import cn.duban.progress.TaskStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The ledger (台账) with a period's progress, in the columns offices use (conventions.md):
 * the plan's columns, then 进展情况, 完成率, 状态, 存在问题, 下步打算 as the period stands (as
 * frozen, once frozen), each row coloured by its status through conditional formatting — red
 * for 超期 and 未报送, yellow for 滞后, green for 已完成 and 正常推进 — so a re-sorted or
 * filtered sheet keeps its colours.
 */
final class ProgressLedger {

    static final List<String> COLUMNS = List.of("序号", "工作任务", "目标要求", "牵头单位", "配合单位", "责任领导", "责任人",
            "完成时限", "进展情况", "完成率", "状态", "存在问题", "下步打算", "备注");

    private ProgressLedger() {
    }

    static byte[] write(String title, ReportingPeriod period, List<LedgerTask> tasks, List<PeriodDocuments.TaskLine> progress,
            String made) {
        Map<Long, PeriodDocuments.TaskLine> byTask = progress.stream()
                .collect(Collectors.toMap(PeriodDocuments.TaskLine::id, Function.identity(), (a, b) -> a));
        int[] widths = {6, 30, 40, 14, 18, 10, 10, 12, 40, 9, 9, 28, 28, 40};
        List<OfficeSheet.Column> columns = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            columns.add(OfficeSheet.column(COLUMNS.get(c), widths[c]));
        }
        try (OfficeSheet book = new OfficeSheet()) {
            OfficeSheet.Table table = book.table(period.label() + "台账", title, made, columns);
            int first = table.nextRow();
            for (LedgerTask t : tasks) {
                PeriodDocuments.TaskLine p = byTask.get(t.id());
                // 完成率, 状态 and 备注 are the period's standing as every page and the bulletin state it.
                table.row(t.number(), t.title(), LedgerWorkbook.requirement(t), nz(t.leadOrgName()), String.join("、", t.coUnits()),
                        nz(t.leader()), nz(t.responsiblePerson()), t.deadline(),
                        p == null ? "" : nz(p.narrative()),
                        p == null || p.completion() == null
                                ? null
                                : OfficeSheet.Percent.of(new BigDecimal(StatusRule.figure(p.completion()))),
                        p == null ? "" : TaskStatus.valueOf(p.status()).label(),
                        p == null ? "" : nz(p.problems()), p == null ? "" : nz(p.nextSteps()), p == null ? "" : nz(p.reason()));
            }
            colourByStatus(table.sheet(), first, table.nextRow() - 1);
            return book.titled(title).bytes();
        }
    }

    /** Rules on the 状态 column (K), applied to the whole row. */
    private static void colourByStatus(Sheet sheet, int firstRow, int lastRow) {
        if (lastRow < firstRow) {
            return;
        }
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] rows = {new CellRangeAddress(firstRow, lastRow, 0, COLUMNS.size() - 1)};
        int excelRow = firstRow + 1;
        String[][] rules = {
                {"OR($K" + excelRow + "=\"超期\",$K" + excelRow + "=\"未报送\")", "CORAL"},
                {"$K" + excelRow + "=\"滞后\"", "LIGHT_YELLOW"},
                {"OR($K" + excelRow + "=\"已完成\",$K" + excelRow + "=\"正常推进\")", "LIGHT_GREEN"}};
        for (String[] rule : rules) {
            ConditionalFormattingRule r = formatting.createConditionalFormattingRule(rule[0]);
            var fill = r.createPatternFormatting();
            fill.setFillBackgroundColor(IndexedColors.valueOf(rule[1]).getIndex());
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
            formatting.addConditionalFormatting(rows, r);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
