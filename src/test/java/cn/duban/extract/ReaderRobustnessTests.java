package cn.duban.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated input: only the reader's own {@link DocumentRejected} may come out, and no
 * single document may take longer than 5 s. The bound is a guard against work that grows with the
 * square of the input (which takes minutes on these sizes), not a speed target: those live in the
 * JMH benchmarks. It is wide because CI shares its cores. The seed is fixed so a failure can be
 * replayed.
 */
class ReaderRobustnessTests {

    private static final long SEED = 20261124L;
    private static final String ALPHABET = "0123456789０１２３.．%％-~XxＸ×*＊一二三四五六七八九十百千万亿两零第是要个家户亩元吨公里平方米座条项次名人村镇县"
            + "年月日底前季度上半下全内以上下不低于超过控制在约近余多、，,。；;：:！？!?()（）“”\"《》\n\t 　"
            + "完成建成计划力争确保预计已累计同比增长达到目标任务回顾问题下一步打算安排其中尽快按期截至目前(yàn)檢驗發展";

    private static final String SAMPLE = """
            一、2024年上半年工作回顾
            (一)产业发展方面:目前,全县已建成基地96个,总产值达27.68亿元,预计全年完成8.7亿元。
            二、存在的主要问题
            1、推进较慢。原定3月底完成,实际将到4月中旬。
            三、下一步工作打算
            一是确保四季度新签约项目2个以上,其中XX户、x万元、*栋;二是4-6月份开展整治2次以上,完成全年任务的70%。
            """;

    /** A report's table: spanning headings over their parts, rows with more cells than the header, names in brackets. */
    private static final String TABLE_SAMPLE = """
            表1 重点指标进展情况表（单位：万元）
            序号	工作任务	指标名称	单位	年度目标	截至11月30日			备注
            					单位报送数	镇核定累计数	其中：11月
            1	村（社区）托育点建设	建成村（社区）托育点	个	6	5	83.3	52.5	40.0	12.5	已挂牌，待备案，未计入
            2		发放托育补贴（万元）	万元	30	22.5	—	待核	含县级补助4.5万元
            一、安全底线（任务2项）
            3	燃气安全	燃气事故	起	≤0	0	0	—
            合计					28
            """;

    private int cases;
    private final List<String> failures = new ArrayList<>();

    /**
     * A row under a header whose headings span several columns (年内资金投入（万元） over 合计 | 上级补助 | 镇级配套) has more
     * cells than the header, and a name with brackets (村（社区）): its cells' figures and the figures read again as prose must
     * each find their clause. Such an upload (a blind report-once batch) once stopped the reader with an index out of bounds.
     */
    @Test
    void aRowWithMoreCellsThanItsHeaderIsRead() {
        String text = "序号\t工作任务\t指标名称\t单位\t年度目标\t截至11月30日完成情况\t年内资金投入（万元）\t受益对象\t责任站所\t备注\n"
                + "9\t村（社区）嵌入式托育点建设\t建成村（社区）嵌入式托育点\t个\t6\t5\t83.3\t52.5\t40.0\t12.5\t村（社区）托育点在托婴幼儿58人\t社会事务办\t"
                + "柳湾社区托育点已挂牌，待备案，未计入\n";
        Extraction e = Reader.read("t", text, null, 2026);
        assertThat(e.quantities()).isNotEmpty();
    }

    @Test
    void onlyTypedRejectionsComeOutOfTenThousandHostileInputs() {
        Random random = new Random(SEED);
        byte[] docx = new Docx().numbered(0, "工作回顾").paragraph("完成造林2000亩,新建公厕3座。").numbered(0, "下一步打算")
                .paragraph("年底前完成改厕XX户。").bytes();

        for (int i = 0; i < 2000; i++) {
            byte[] bytes = randomBytes(random, random.nextInt(4096));
            check("random bytes " + i, i % 2 == 0 ? "r.txt" : "r.docx", () -> bytes);
        }
        for (int i = 0; i < 3000; i++) {
            String text = randomText(random, random.nextInt(2000));
            check("random text " + i, "t.txt", () -> text.getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 2500; i++) {
            String text = mutate(random, SAMPLE, 1 + random.nextInt(40));
            check("mutated sample " + i, "m.txt", () -> text.getBytes(StandardCharsets.UTF_8));
        }
        // (a table's rows, cut and shifted: a blind batch's row with more cells than its header once stopped the reader)
        for (int i = 0; i < 1500; i++) {
            String text = mutate(random, TABLE_SAMPLE, 1 + random.nextInt(30));
            check("mutated table " + i, "tab.txt", () -> text.getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 1200; i++) {
            int cut = random.nextInt(docx.length);
            check("truncated docx at " + cut, "cut.docx", () -> Arrays.copyOf(docx, cut));
        }
        for (int i = 0; i < 1300; i++) {
            byte[] mutated = docx.clone();
            for (int k = 1 + random.nextInt(8); k > 0; k--) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
            }
            check("mutated docx " + i, "flip.docx", () -> mutated);
        }
        check("deep outline", "deep.txt", () -> "一、回顾\n(一)方面\n1.事项\n(1)细项一是完成3座二是完成4座\n".repeat(20_000)
                .getBytes(StandardCharsets.UTF_8));
        check("deep parentheses", "paren.txt", () -> ("(".repeat(100_000) + "3座" + ")".repeat(100_000))
                .getBytes(StandardCharsets.UTF_8));
        check("one line of a million digits", "digits.txt", () -> "7".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
        check("a million characters of counts", "counts.txt", () -> "5个".repeat(500_000).getBytes(StandardCharsets.UTF_8));
        check("only placeholders", "xx.txt", () -> "XX户".repeat(300_000).getBytes(StandardCharsets.UTF_8));
        check("one unbroken clause of quantities", "clause.txt", () -> ("力争3月底前完成改厕10户" + "新建公厕2座".repeat(100_000))
                .getBytes(StandardCharsets.UTF_8));
        check("traditional million", "trad.txt", () -> "檢驗(yàn)發展".repeat(150_000).getBytes(StandardCharsets.UTF_8));
        check("commas", "commas.txt", () -> "3座,".repeat(300_000).getBytes(StandardCharsets.UTF_8));

        assertThat(failures).isEmpty();
        assertThat(cases).isGreaterThanOrEqualTo(10_000);
    }

    private void check(String label, String fileName, Supplier<byte[]> input) {
        byte[] bytes = input.get();
        cases++;
        long start = System.nanoTime();
        try {
            Extraction e = Reader.read("fuzz", DocumentText.read(fileName, bytes), null);
            ExtractionJson.jsonl(e.quantities());
            ExtractionJson.outline(e);
        } catch (DocumentRejected expected) {
            assertThat(expected.getMessage()).isNotBlank();
        } catch (Throwable t) {
            failures.add(label + ": " + t);
            if (failures.size() > 20) {
                fail("too many failures: " + failures);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > 5000) {
            failures.add(label + ": took " + millis + " ms");
        }
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        if (n > 2 && random.nextBoolean()) {
            b[0] = 'P';
            b[1] = 'K';
        }
        return b;
    }

    private static String randomText(Random random, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static String mutate(Random random, String text, int edits) {
        StringBuilder b = new StringBuilder(text);
        for (int i = 0; i < edits; i++) {
            int at = b.length() == 0 ? 0 : random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> {
                    if (b.length() > 0) {
                        b.deleteCharAt(at);
                    }
                }
                default -> {
                    if (b.length() > 0) {
                        b.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
            }
        }
        return b.toString();
    }
}
