package cn.duban.assessment;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** The year's 考核 as a workbook: the annual ranking, the monthly 考评, the quarterly lists, the items. */
final class AssessmentWorkbook {

    private AssessmentWorkbook() {
    }

    static byte[] write(Scores.Result r, List<Assessments.Item> items) {
        try (var wb = new SXSSFWorkbook(100); var out = new ByteArrayOutputStream()) {
            Sheet annual = wb.createSheet("年度综合考核");
            header(annual, "分组", "名次", "单位", "月均基础分", "加分", "减分", "综合得分");
            int i = 1;
            for (Scores.UnitScore u : r.units()) {
                Row x = annual.createRow(i++);
                x.createCell(0).setCellValue(u.group());
                x.createCell(1).setCellValue(u.rank());
                x.createCell(2).setCellValue(u.name());
                number(x, 3, u.base());
                number(x, 4, u.plus());
                number(x, 5, u.minus());
                number(x, 6, u.total());
            }
            Sheet monthly = wb.createSheet("月度考评");
            Row h = monthly.createRow(0);
            h.createCell(0).setCellValue("分组");
            h.createCell(1).setCellValue("单位");
            for (int m = 1; m <= 12; m++) {
                h.createCell(1 + m).setCellValue(m + "月");
            }
            i = 1;
            for (Scores.UnitScore u : r.units()) {
                Row x = monthly.createRow(i++);
                x.createCell(0).setCellValue(u.group());
                x.createCell(1).setCellValue(u.name());
                for (Scores.Month m : u.months()) {
                    number(x, 1 + m.month(), m.score());
                }
            }
            Sheet quarters = wb.createSheet("季度奖惩");
            header(quarters, "季度", "分组", "名次", "单位", "得分", "名单");
            i = 1;
            for (Scores.Quarter q : r.quarters()) {
                for (Scores.Ranked k : q.ranked()) {
                    Row x = quarters.createRow(i++);
                    x.createCell(0).setCellValue("第" + q.quarter() + "季度");
                    x.createCell(1).setCellValue(q.group());
                    x.createCell(2).setCellValue(k.rank());
                    x.createCell(3).setCellValue(k.name());
                    number(x, 4, k.score());
                    x.createCell(5).setCellValue(q.rewarded().contains(k) ? "奖" : q.punished().contains(k) ? "惩" : "");
                }
            }
            Sheet list = wb.createSheet("加减分事项");
            header(list, "日期", "单位", "类别", "分值", "依据", "录入人", "状态");
            i = 1;
            for (Assessments.Item it : items) {
                Row x = list.createRow(i++);
                x.createCell(0).setCellValue(it.occurredOn().toString());
                x.createCell(1).setCellValue(it.organisationName());
                x.createCell(2).setCellValue(it.kind().label());
                number(x, 3, it.points());
                x.createCell(4).setCellValue(it.basis());
                x.createCell(5).setCellValue(it.createdBy());
                x.createCell(6).setCellValue(it.withdrawn() ? "已撤销：" + it.withdrawReason() : "有效");
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, String... names) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            h.createCell(i).setCellValue(names[i]);
        }
    }

    private static void number(Row x, int column, BigDecimal v) {
        if (v != null) {
            x.createCell(column).setCellValue(v.doubleValue());
        }
    }
}
