package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.extract.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An uploaded 工作汇报 is matched in time that grows with its length, however it is written: the matcher looks a
 * bounded way from each figure (its paragraph's opening, its sentence, the words before it), never across the whole
 * text from every figure. The inputs are in the shapes that would make a search from each figure quadratic: one
 * unbroken line, many short paragraphs, statements of none, village headings, a pasted PDF.
 */
class ReportMatchRobustnessTests {

    private final List<ReportLine> lines = new ArrayList<>();
    private final AchievementMatcher.Setting setting;

    ReportMatchRobustnessTests() {
        String[][] ledger = {{"农村户厕改造", "户", "600", ">="}, {"新建公厕", "座", "20", ">="}, {"较大及以上生产安全事故起数", "起", "0", "<="},
                {"高标准农田建设", "万亩", "1.2", ">="}, {"招商引资到位资金", "亿元", "3.5", ">="}};
        for (int i = 0; i < ledger.length; i++) {
            long task = i + 1;
            ReportLine.Measure m = new ReportLine.Measure(task, task, ledger[i][0], new BigDecimal(ledger[i][2]), ledger[i][1],
                    ledger[i][3]);
            ReportLine.Entry last = new ReportLine.Entry(task, 1, task, 1, Map.of(task, BigDecimal.ONE), null, "按计划推进", "", "", false,
                    false, false, null, false, "test", null);
            lines.add(new ReportLine(task, Long.toString(task), ledger[i][0], null, List.of(m), null, last));
        }
        setting = new AchievementMatcher.Setting("清河镇", List.of("白沙村", "桥头村"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                Map.of(1L, LocalDate.of(2026, 10, 31)), Map.of());
    }

    /**
     * Each shape is matched at half its size and at its full size: a matcher that looks a bounded way from each figure
     * takes about twice as long for twice the text, one that searches the whole text from each figure four times as
     * long. The ratio, not a time, is what is held: it does not depend on the machine.
     */
    @Test
    void twiceTheTextTakesAboutTwiceAsLong() {
        // The reader stops at 20,000 figures; each input stays under that, its length made of the words between them.
        String words = "坚持问题导向和目标导向，压实各级工作责任，倒排工期、挂图作战，确保各项工作落地见效，群众满意度持续提升";
        List<String> slow = new ArrayList<>();
        grows("one unbroken line", "本月新建公厕2座、改厕10户、" + words + "、", 8_000, slow);
        grows("many short paragraphs", "本月完成改厕10户，" + words + "。\n", 12_000, slow);
        grows("statements of none", "今年以来未发生较大及以上生产安全事故，" + words + "，", 12_000, slow);
        grows("village headings", "（一）白沙村\n完成改厕3户，新建公厕1座，" + words + "。\n", 6_000, slow);
        grows("a pasted PDF", "今年以来全镇累计完成农村户厕改造560户，新建公厕18座，高标准农\n田建设1.1万亩，" + words + "\n— 1 —\n", 6_000, slow);
        assertThat(slow).isEmpty();
    }

    private void grows(String label, String unit, int repeats, List<String> slow) {
        time(unit.repeat(repeats / 2)); // the JIT's first look
        // The better of two runs at each size: a pause of the collector or of the machine is no property of the matcher.
        long half = Math.min(time(unit.repeat(repeats / 2)), time(unit.repeat(repeats / 2)));
        long full = Math.min(time(unit.repeat(repeats)), time(unit.repeat(repeats)));
        System.out.printf("MATCH ROBUST %s: %d characters in %d ms, half of it in %d ms%n", label, unit.length() * repeats, full, half);
        if (full > 3 * half + 300) {
            slow.add(label + ": " + full + " ms for " + unit.length() * repeats + " characters, " + half + " ms for half");
        }
    }

    private long time(String text) {
        long start = System.nanoTime();
        AchievementMatcher.Reading reading = AchievementMatcher.match(Reader.read("robust", text, null, 2026), text, lines, setting);
        assertThat(reading).isNotNull();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
