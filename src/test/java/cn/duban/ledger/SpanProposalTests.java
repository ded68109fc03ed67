package cn.duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.extract.Extraction;
import cn.duban.extract.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The span an import proposes: the document's own dates, never months before the import. */
class SpanProposalTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            a plan for this year, read in January         | 青川县2026年重点工作任务分解             | 2026 | -          | 2026-01-10 | 2026-01 | 2026-12 | 依据文件所述期限
            a plan for this year, imported mid-year       | 青川县2026年重点工作任务分解             | 2026 | -          | 2026-06-15 | 2026-06 | 2026-12 | 本月之前的月份不再要求报送
            a speech of a past year                       | 在2024年全县经济工作会议上的讲话         | 2024 | -          | 2026-11-25 | 2026-11 | 2026-12 | 已过
            a fourth-quarter plan                         | 清河镇2026年四季度重点工作计划           | 2026 | -          | 2026-09-28 | 2026-10 | 2026-12 | 2026年10月—12月
            the first half of a year                      | 2026年上半年工作要点                     | 2026 | -          | 2026-01-05 | 2026-01 | 2026-06 | 2026年1月—6月
            a summary of one half with plans for the next | 清河镇2026年上半年工作总结和下半年工作打算 | 2026 | -          | 2026-07-03 | 2026-07 | 2026-12 | 2026年7月—12月
            a three-year action plan                      | 城乡环境整治三年行动方案（2026—2028年）  | 2026 | -          | 2026-02-01 | 2026-02 | 2028-12 | 2026年1月—2028年12月
            a year's summary with next year's plans       | 石桥镇2025年工作总结和2026年工作打算     | 2025 | -          | 2025-12-20 | 2026-01 | 2026-12 | 2026年1月—12月
            the same imported late in the year it plans   | 石桥镇2025年工作总结和2026年工作打算     | 2025 | 2026-06-30 | 2026-12-08 | 2026-12 | 2026-12 | 本月之前的月份不再要求报送
            a target due after the year widens the span   | 青川县2026年重点工作任务分解             | 2026 | 2027-06-30 | 2026-01-10 | 2026-01 | 2027-06 | 2026年1月—2027年6月
            """)
    void proposesTheDocumentsSpanFromToday(String story, String title, int year, String deadline, LocalDate today,
            YearMonth from, YearMonth to, String note) {
        List<Quantity> quantities = new ArrayList<>();
        if (deadline != null) {
            quantities.add(new Quantity(title, "", "3000亩", BigDecimal.valueOf(3000), "亩", BigDecimal.valueOf(3000), "亩",
                    "target", "高标准农田", ">=", deadline, false, 0, 0, ""));
        }
        SpanProposal p = SpanProposal.of(new Extraction(title, year, List.of(), quantities, List.of()), today);
        assertThat(p.from()).as(story).isEqualTo(from);
        assertThat(p.to()).as(story).isEqualTo(to);
        assertThat(p.note()).as(story).contains(note);
    }
}
