package cn.duban.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tasks the reader proposes (issue 26) against gold written to TASKS.md, scored as
 * {@code ../shared/corpus/score_tasks.py} scores them ({@link TaskScore}), through the same JSONL the
 * {@code extract} command writes. The bars are set a little under what was measured when they were set
 * (2026-12-04, first: F1 0.800, deadline 0.808, lead 0.654 on the two dev documents with task gold; after a
 * manner clause stopped being a task and a quarter's plan dated its items: F1 0.900, deadline 0.963, lead 0.667;
 * 2026-12-05, after units came from labels, 由…牵头 phrases and clause subjects only: lead 0.963),
 * so a change that proposes worse tasks fails the build; raise them as the proposals improve.
 */
class TaskProposalTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> RECORD = new TypeReference<>() {
    };

    @Test
    void proposedTasksHoldTheBarOnTheDevTaskGold() throws IOException {
        TaskScore score = new TaskScore();
        for (Path gold : golds(SharedCorpus.dev())) {
            add(score, gold);
        }
        System.out.println("task gold: " + score);
        score.notes.forEach(n -> System.out.println("  " + n));
        assertThat(score.f1()).as("task F1").isGreaterThanOrEqualTo(0.88);
        assertThat(score.title()).as("title").isGreaterThanOrEqualTo(0.95);
        assertThat(score.quantity()).as("quantities").isGreaterThanOrEqualTo(0.95);
        assertThat(score.deadline()).as("deadline").isGreaterThanOrEqualTo(0.93);
        assertThat(score.lead()).as("lead").isGreaterThanOrEqualTo(0.92);
    }

    /**
     * Our own gold (src/test/resources/heldout, written by a helper who had not read the reader, its calls in NOTES.md):
     * at first sight task F1 0.865, deadline 1.000 — the held-out goals are F1 ≥ 0.85 and deadline ≥ 0.90.
     */
    @Test
    void proposedTasksMeetTheHeldOutGoalsOnOurOwnGold() throws IOException, java.net.URISyntaxException {
        TaskScore score = scoreOf("/heldout");
        System.out.println("own task gold: " + score);
        score.notes.forEach(n -> System.out.println("  " + n));
        assertThat(score.f1()).as("task F1").isGreaterThanOrEqualTo(0.85);
        assertThat(score.deadline()).as("deadline").isGreaterThanOrEqualTo(0.90);
        assertThat(score.lead()).as("lead").isGreaterThanOrEqualTo(0.90); // 1.000 when units came from labels and subjects
    }

    /**
     * The three sets written blind on 2026-12-05 (src/test/resources/blind): at first sight task F1 / deadline / lead x 0.889 /
     * 0.857 / 0.536, y 0.733 / 1.000 / 0.318, z 0.889 / 0.562 / 0.969; the bars hold what their lessons reached, a little under.
     */
    @Test
    void holdOnTheSetsWrittenBlind() throws IOException, java.net.URISyntaxException {
        for (String set : List.of("reader-x", "reader-y", "reader-z")) {
            TaskScore score = scoreOf("/blind/" + set);
            System.out.println(set + " tasks: " + score);
            assertThat(score.f1()).as(set + " task F1").isGreaterThanOrEqualTo(0.83);
            assertThat(score.deadline()).as(set + " deadline").isGreaterThanOrEqualTo(0.88);
            assertThat(score.lead()).as(set + " lead").isGreaterThanOrEqualTo(0.94);
        }
    }

    /**
     * reader-aa at first sight: task F1 0.520, deadline 1.000, lead 1.000; after its lessons (下一步措施：一是… on a problem's
     * line are next steps; 由X会同Y协调…, 由X建立…: X leads) 0.679 / 1.000 / 1.000 — its 督查通知's ten 民生实事 are tasks to
     * its writer, not to the reader (a 督查内容 part frames an inspection), the disagreement the stop's note records.
     */
    @Test
    void holdOnTheLastSetWrittenBlind() throws IOException, java.net.URISyntaxException {
        TaskScore score = scoreOf("/blind/reader-aa");
        System.out.println("reader-aa tasks: " + score);
        assertThat(score.f1()).as("task F1").isGreaterThanOrEqualTo(0.65);
        assertThat(score.deadline()).as("deadline").isGreaterThanOrEqualTo(0.95);
        assertThat(score.lead()).as("lead").isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The sets of the 2026-12-06 stop at first sight (task F1 / deadline / lead): reader-ab 0.826/0.867/0.933, reader-ac
     * 0.635/0.889/0.889 (a 问题整改清单 in a 通报's review part was no list of work; works told apart by their 牵头 labels at
     * full stops were one task), reader-ad 0.776/0.974/1.000 (a 督办通知's 关于…问题 with its 办理要求 read as a problem stated).
     * Their lessons took them to 0.839/0.872/0.936, 0.932/0.938/0.938 and 0.827/0.953/1.000. reader-ae at first sight
     * 0.838/0.968/0.935; its lessons (完成2026年度…: a year's 年度 after a verb is a cohort; 县住房和城乡建设局 is one name;
     * 被责令整改 describes) took it to 0.904/0.970/1.000. reader-af, written last, met the task goals at first sight:
     * 0.928/0.948/0.983. reader-ag 0.861/0.983/1.000 and reader-ah 0.831/0.907/0.981 at first sight; their lessons (a sentence's
     * halves at its ； dated apart are a work each; works told apart by their subjects keep them though the item's closing
     * （责任单位：…） names them all; ——2027年1月8日在…会议上 is a date line; 党组书记、局长　蒋立群 is a byline) took them to
     * 0.929/0.985/1.000 and 0.862/1.000/0.982. reader-ai met every task goal at first sight (0.967/0.966/0.943); reader-aj
     * stood at 0.818/0.911/0.929 (its writer makes tasks of the 保障措施 items the contract leaves out; the issuing cover with
     * its 印发给你们 note is no task now: 0.824). reader-ak met every task goal at first sight: 0.923/1.000/0.924.
     * reader-al, written last, 0.703/0.911/0.844 at first sight (its 督查通报's 整改要求 give a work to each unit named, in
     * sentence after sentence); its lesson (a dated sentence with a doer of its own is a work though it counts nothing) took
     * it to 0.729, and a full stop before a sentence opened by another doer (县交通运输局要…) ending a work took it to 0.830
     * (reader-ak to 0.944; reader-ae, whose 保障措施 items name several units a sentence, to 0.865); a clause opened by what
     * is done (依托柘塘村…, 力争槲林村…) names no doer and 夯实发展基础 heads work, not a review: 0.855, lead 0.949.
     */
    @Test
    void holdOnTheSetsOfTheLastStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-ab", "0.92", "0.85", "0.90"}, {"reader-ac", "0.97", "0.90", "0.90"},
                {"reader-ad", "0.89", "0.93", "0.95"}, {"reader-ae", "0.88", "0.93", "0.95"},
                {"reader-af", "0.96", "0.92", "0.95"}, {"reader-ag", "0.96", "0.96", "0.97"}, {"reader-ah", "0.92", "0.97", "0.96"},
                {"reader-ai", "0.98", "0.95", "0.92"}, {"reader-aj", "0.93", "0.87", "0.90"},
                {"reader-ak", "0.97", "0.97", "0.90"}, {"reader-al", "0.92", "0.90", "0.93"}});
    }

    /**
     * The blind sets of this stop, at first sight (task F1 / deadline / lead): reader-am 0.726/0.849/0.906 — its list of
     * projects cut at each dated step; one project told by its scale is one task took it to 0.863/0.833/0.917; reader-an
     * 0.726/1.000/0.927 — a 督查通报's head of issuers read as a task and its 限期办结要求 as a review; both lessons took it to
     * 0.836/0.980/0.902; reader-ao 0.929/0.987/0.949, reader-ap 0.881/0.942/0.981 and reader-aq 0.913/0.968/0.873, every
     * task goal met at first sight; reader-ar, at 3d9a678 before its own lesson, 0.650/0.961/0.275 (its 【责任单位】 labels unread, its notice cut finer than the reader
     * cuts); labels in lenticular brackets took its lead to 0.667.
     */
    @Test
    void holdOnTheSetsOfThisStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-am", "0.92", "0.82", "0.90"}, {"reader-an", "0.93", "0.96", "0.89"},
                // (reader-ao lead 0.949 → 0.925 in the sixth stop, task F1 0.929 → 0.952: the goals paragraph now matched as a task
                // gives no lead, where its writer took the 县政府 that breaks the goals down)
                {"reader-ao", "0.97", "0.98", "0.92"}, {"reader-ap", "0.95", "0.91", "0.98"},
                {"reader-aq", "0.94", "0.96", "0.90"}, {"reader-ar", "0.81", "0.86", "0.66"}});
    }

    /**
     * The blind sets of the fourth stop of 2026-12-06, at first sight (task F1 / deadline / lead): reader-as 0.818/0.923/0.954
     * — its 工作要求's （三）强化督查考核 and （四）加强宣传引导, each with a doer and a figure of its own, dropped as headings of how
     * work is managed; keeping such an item when it names both took it to 0.840/0.926/0.956 (and raised eleven other sets'
     * task F1, none lower); its writer cuts one numbered item into a task per work where the reader keeps the item whole.
     * reader-at, after reader-as's lessons and before its own, 0.800/0.900/0.920; a subject that leads before a 会同 partner
     * took its lead to 0.940 and reader-aq's to 0.906. reader-au, at 275d8a5, 0.468/0.864/0.955: its writer makes each open
     * 批示 item of a bulletin one task sourced at the item's heading line, and cuts run-in paragraphs of a 政府工作报告 by date —
     * no lesson yet.
     */
    @Test
    void holdOnTheSetsOfTheFourthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-as", "0.85", "0.92", "0.95"}, {"reader-at", "0.89", "0.89", "0.93"},
                {"reader-au", "0.91", "0.96", "0.94"}});
    }

    /**
     * reader-av, written blind in the fifth stop, at 666db80 before any lesson of its own: tasks 0.946, deadline 0.857, lead
     * 0.771; after its lesson (a line of fields closing a heading's items is each item's) deadline 0.900, lead 0.871.
     */
    /**
     * reader-aw at 65a1289: tasks 0.893, deadline 0.915, lead 0.676; after its lesson (责任站所 names the doers) lead 0.930.
     * reader-ax at 55657d4: tasks 0.671, deadline 0.604, lead 0.906; after its lesson (a labelled 攻坚时限 dates the item's work)
     * deadline 0.887; after its second (下一步，… inside a reported item promises a task) tasks 0.772, deadline 0.909, lead 0.894;
     * after its third (会议议定事项 plans) tasks 0.821, deadline 0.928, lead 0.899.
     */
    @Test
    void holdOnTheSetsOfTheFifthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-av", "0.97", "0.90", "0.86"}, {"reader-aw", "0.93", "0.90", "0.92"},
                {"reader-ax", "0.89", "0.89", "0.89"}});
    }

    /**
     * reader-ay at 6abdd59: tasks 0.810, deadline 0.957, lead 0.979; after its lessons (a plan's 工作目标 over its paragraph is a
     * task named by what the plan is about — six earlier sets wrote the same —, a cadence 一月一通报 dates nothing, 挂牌督办 names
     * no unit) tasks 0.852, deadline 0.980, lead 0.980. reader-az at b774e22: tasks 0.927, deadline 0.947, lead 1.000; after its
     * lesson (已完成的重点任务 reviews, no plan) tasks 0.974.
     */
    @Test
    void holdOnTheSetOfTheSixthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-ay", "0.93", "0.94", "0.96"}, {"reader-az", "0.97", "0.94", "0.99"}});
    }

    /**
     * reader-ba at 428efb6: tasks 0.889, deadline 0.812, lead 0.984, unchanged by its lessons (its writer kept whole the numbered
     * items of a plan part that list several works, each with its own date, where the reader cuts them by sentence; and dated a
     * village's 2027 items only by their own words).
     */
    @Test
    void holdOnTheSetOfTheSeventhStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-ba", "0.94", "0.81", "0.97"}});
    }

    /**
     * reader-bb at e847e10: tasks 0.676, deadline 0.913, lead 0.891 — an assessment system's indicators and a reform plan's
     * items, whose cutting its writer and the reader do not share yet; no lesson taken.
     */
    @Test
    void holdOnTheSecondSetOfTheSeventhStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-bb", "0.75", "0.86", "0.89"}});
    }

    /** reader-bc at fb7d273 and reader-bd at cbc50ca: tasks 0.835 and 0.844, deadline 0.816 and 0.889, lead 0.947 and 0.926; no task lesson taken. */
    @Test
    void holdOnTheSetsOfTheEighthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-bc", "0.87", "0.77", "0.94"}, {"reader-bd", "0.84", "0.88", "0.92"}});
        // reader-be at 64fbe90: 0.667/0.846/0.885; with its document dated, 0.675/0.923/0.885
        holds(new String[][]{{"reader-be", "0.82", "0.90", "0.88"}});
    }

    /**
     * The eleventh stop's sets, no task lesson taken: reader-bn and reader-bo at first sight at 59771cf (0.600/0.875/0.875 and
     * 0.750/0.758/0.818), reader-bp and reader-bq at d529fbc (0.646/0.742/0.968 and 0.795/0.909/0.818); bn's tasks rose to 0.738
     * when its 考核结果通报 stopped reading as a plan. bo's fell to 0.736 in the twelfth stop when a review's period stopped dating
     * the demands below it: its 年休假 clause had been split from item 7 only by that wrong date (2028-12-31; gold has none);
     * then to 0.727 when 三是建立运维机制。 alone on its line, under a problem its review reports, took the lines below it as its body.
     */
    @Test
    void holdOnTheSetsOfTheEleventhStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-bn", "0.82", "0.87", "0.87"}, {"reader-bo", "0.74", "0.75", "0.81"},
                {"reader-bp", "0.74", "0.74", "0.96"}, {"reader-bq", "0.92", "0.90", "0.80"}});
        // reader-br and reader-bs at 270d39f: 0.840/0.920/0.760 and 0.739/0.976/0.829
        holds(new String[][]{{"reader-br", "0.87", "0.90", "0.75"}, {"reader-bs", "0.75", "0.95", "0.80"}});
    }

    /**
     * The twelfth stop's sets (task F1 / deadline / lead): reader-bt and reader-bu at first sight at d887483, 0.782/0.865/0.750 and
     * 0.632/1.000/0.417 — a speech's 第一，第二 were no items, a part headed 尚未整改到位问题的整改计划 read as problems, and a run-in
     * heading's item was sourced by its heading alone; after those lessons 0.857/0.842/0.719 and 0.863/0.976/0.634. reader-bv and
     * reader-bw at 274922e, 0.822/0.887/0.755 and 0.627/0.719/0.562 — bw's 一要抓好汛前检查。 alone on its line left the dates below it
     * to no item; after that lesson bw is 0.784/0.900/0.900, bv unchanged.
     */
    @Test
    void holdOnTheSetsOfTheTwelfthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-bt", "0.85", "0.84", "0.71"}, {"reader-bu", "0.86", "0.97", "0.63"},
                {"reader-bv", "0.92", "0.88", "0.75"}, {"reader-bw", "0.78", "0.89", "0.89"}});
    }

    /**
     * The thirteenth stop's sets (ReaderAccuracyTests), task F1 / deadline / lead at first sight: reader-bx 0.932/0.976/0.902 (its
     * lessons were of quantities), reader-by 0.794/0.852/0.463 — a speech's heading alone on its line over paragraphs each charging
     * a department was one task, and a task list's ——X主抓，Y协办 named no lead; after those lessons by is 0.853/0.869/0.967. The
     * second round at cc10558, no task lesson taken: reader-bz 0.914/0.938/0.812, reader-ca 0.719/0.844/0.875 (a speech's points
     * 一是…二是… inside one paragraph, each with its own doer and date, stayed one task).
     */
    @Test
    void holdOnTheSetsOfTheThirteenthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-bx", "0.93", "0.97", "0.90"}, {"reader-by", "0.85", "0.86", "0.96"},
                {"reader-bz", "0.91", "0.93", "0.81"}, {"reader-ca", "0.71", "0.84", "0.87"}});
    }

    /**
     * The fourteenth stop's sets (ReaderAccuracyTests), task F1 / deadline / lead at first sight at 9124933, no lesson taken:
     * reader-cb 0.897/0.974/0.897, reader-cc 0.806/0.724/0.862.
     */
    @Test
    void holdOnTheSetsOfTheFourteenthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-cb", "0.89", "0.97", "0.89"}, {"reader-cc", "0.80", "0.72", "0.86"}});
    }

    /**
     * The fourteenth stop's second round (ReaderAccuracyTests), task F1 / deadline / lead at first sight at d0e12bb, kept there:
     * reader-cd 0.817/1.000/0.724, reader-ce 0.706/0.800/0.900 (a plan's projects listed in prose under category headings).
     */
    @Test
    void holdOnTheSecondRoundOfTheFourteenthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-cd", "0.81", "0.99", "0.72"}, {"reader-ce", "0.70", "0.79", "0.89"}});
    }

    /**
     * The fifteenth stop's sets (ReaderAccuracyTests), task F1 / deadline / lead at first sight at 076635a: reader-cf
     * 0.957/0.933/0.933, kept there; reader-cg 0.511/0.833/0.667 — a 政府工作报告 counts its points 第一件，… and lists projects
     * under them ——…, both read since: 0.814/0.917/0.708.
     */
    @Test
    void holdOnTheSetsOfTheFifteenthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-cf", "0.95", "0.93", "0.93"}, {"reader-cg", "0.81", "0.91", "0.70"}});
    }

    /**
     * The fifteenth stop's second round (ReaderAccuracyTests), task F1 / deadline / lead at first sight at 5f4922c: reader-ch
     * 0.807/0.917/0.938, kept there; reader-ci 0.652/0.900/0.767, 0.750/0.900/0.767 once its week's progress reads as done.
     */
    @Test
    void holdOnTheSecondRoundOfTheFifteenthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-ch", "0.80", "0.91", "0.93"}, {"reader-ci", "0.75", "0.89", "0.76"}});
    }

    /**
     * The sixteenth stop's sets (ReaderAccuracyTests), task F1 / deadline / lead at first sight: reader-cj 0.755/0.825/0.900,
     * reader-ck 0.641/0.667/0.788 (its 表态发言's pledges, a bulletin's 下步要求), reader-cl 0.865/0.875/0.875, kept there;
     * reader-cm 0.419/0.667/0.889, 0.667/0.824/0.941 once its 二季度目标和工作措施 reads as a plan. The seventeenth stop's, at
     * first sight at 23daa98, kept there: reader-cn 0.761/0.814/0.884, reader-co 0.796/0.927/0.610.
     */
    @Test
    void holdOnTheSetsOfTheSixteenthAndSeventeenthStops() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-cj", "0.75", "0.82", "0.90"}, {"reader-ck", "0.64", "0.66", "0.78"},
                {"reader-cl", "0.86", "0.87", "0.87"},
                {"reader-cm", "0.66", "0.82", "0.94"},
                {"reader-cn", "0.76", "0.81", "0.88"}, {"reader-co", "0.79", "0.92", "0.60"}});
    }

    /** Each blind set kept in the test resources meets its bars: {name, task F1, deadline, lead}. */
    private static void holds(String[][] sets) throws IOException, java.net.URISyntaxException {
        for (String[] set : sets) {
            TaskScore score = scoreOf("/blind/" + set[0]);
            System.out.println(set[0] + " tasks: " + score);
            assertThat(score.f1()).as(set[0] + " task F1").isGreaterThanOrEqualTo(Double.parseDouble(set[1]));
            assertThat(score.deadline()).as(set[0] + " deadline").isGreaterThanOrEqualTo(Double.parseDouble(set[2]));
            assertThat(score.lead()).as(set[0] + " lead").isGreaterThanOrEqualTo(Double.parseDouble(set[3]));
        }
    }

    /** The task gold of a set kept in the test resources, scored as score_tasks.py scores it. */
    private static TaskScore scoreOf(String resource) throws IOException, java.net.URISyntaxException {
        TaskScore score = new TaskScore();
        for (Path gold : golds(Path.of(TaskProposalTests.class.getResource(resource).toURI()))) {
            add(score, gold);
        }
        return score;
    }

    /** Each document alone (rules, not a model: leaving one out is reading it alone); lower bars, fewer tasks to average. */
    @Test
    void holdsOnEachDocumentAlone() throws IOException {
        List<String> below = new ArrayList<>();
        for (Path gold : golds(SharedCorpus.dev())) {
            TaskScore one = new TaskScore();
            add(one, gold);
            System.out.println("  alone " + gold.getFileName() + ": " + one);
            if (one.f1() < 0.84 || one.deadline() < 0.90 || one.lead() < 0.90) {
                below.add(gold.getFileName() + " " + one);
            }
        }
        assertThat(below).isEmpty();
    }

    /**
     * A township's 总结 with its next year's plan (issue 26): the date line under the title dates the document, not the
     * items under it; an item with two works due at two times is due at the later; a unit word after a verb of making
     * (建成…综治中心) is work, not a unit.
     */
    @Test
    void aSummarysClosingPlanDatesItsItemsByTheirOwnWords() {
        String text = """
                东湖镇2025年工作总结和2026年工作打算
                （2025年12月10日）
                一、2025年工作回顾
                全年新建村级道路9公里。
                二、2026年工作打算
                一是发展产业。新培育家庭农场6家。二是建设项目。5月底前建成集镇农贸市场，年内完成文化广场改造。三是基层治理。年底前建成村级综治中心9个。
                """;
        List<ProposedTask> plan = Reader.read("东湖镇", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(plan).extracting(ProposedTask::title).containsExactly("发展产业", "建设项目", "基层治理");
        assertThat(plan).extracting(ProposedTask::deadline).containsExactly(null, "2026-12-31", "2026-12-31");
        assertThat(plan.get(2).units()).isEmpty();
    }

    /**
     * A 政府工作报告's part runs each paragraph under its numbered heading in with a short heading sentence (做强主导产业。…):
     * the paragraphs are the heading's items, one task each (TASKS.md), titled by that sentence. A lone paragraph that opens
     * with a short sentence, or one under a heading that runs on into its own text, is not cut so.
     */
    @Test
    void runInParagraphsUnderAHeadingAreItsItems() {
        String text = """
                二、2027年重点任务
                （一）坚持工业强县，加快构建现代产业体系
                做强主导产业。围绕绿色建材产业延链补链，规模以上工业产值突破80亿元。
                壮大市场主体。新增规上工业企业12家。
                培育新兴产业。新增战略性新兴产业企业3家。
                （二）坚持项目为王
                全年实施重点项目40个。年内新开工项目15个。
                （三）兜牢民生底线。新建养老服务中心2个。
                提高保障标准。城乡低保标准提高到每人每月760元。
                """;
        List<ProposedTask> plan = Reader.read("槠川县", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(plan).extracting(ProposedTask::title)
                .containsExactly("做强主导产业", "壮大市场主体", "培育新兴产业", "坚持项目为王", "兜牢民生底线");
    }

    /**
     * A 批示件办理情况 bulletin: an item still open (办结时限, 办理状态：正在办理, 剩余工作) is work the office goes on tracking,
     * due by the latest of its 办结时限 and its 剩余工作 — not by dates in the leader's quoted words or in the work reported
     * done — whose remaining figures are targets and whose reported ones stay actual; an item closed (已办结) is no task.
     */
    @Test
    void aBulletinOnLeadersInstructionsTracksTheOpenOnesOnly() {
        String text = """
                关于2027年一季度县领导批示件办理情况的通报
                二、重点批示件办理情况
                （一）县委书记关于城区防洪堤除险加固的批示
                批示内容：1月6日，县委书记批示：“请县水利局务必在3月20日前全面完工。”
                承办单位：县水利局（牵头）、城关街道
                办理情况：2月10日完成施工招标。截至3月31日，完成堤身加固1.8公里。
                办结时限：2027年5月31日前
                办理状态：正在办理
                剩余工作：4月30日前完成剩余堤身加固1.2公里。
                （二）县长关于集镇安置房项目农民工工资的批示
                批示内容：1月12日，县长批示：“春节前必须让农民工拿到工资。”
                承办单位：县人社局
                办理情况：督促施工企业清偿86名农民工工资132.6万元。
                办结时限：2027年2月5日前
                办理状态：已办结（2月3日办结）
                """;
        Extraction e = Reader.read("县委办", text, null);
        List<ProposedTask> plan = e.tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(plan).singleElement().satisfies(t -> {
            assertThat(t.title()).contains("城区防洪堤除险加固");
            assertThat(t.deadline()).isEqualTo("2027-05-31");
            assertThat(t.units()).startsWith("县水利局");
        });
        assertThat(e.quantities()).filteredOn(q -> q.surface().equals("1.8公里")).extracting(Quantity::kind).containsExactly("actual");
        assertThat(e.quantities()).filteredOn(q -> q.surface().equals("1.2公里")).extracting(Quantity::kind).containsExactly("target");
    }

    /**
     * A 实施方案 closes each 实事's items with one line of fields (牵头单位：…　完成时限：…): the line names the doers and the date of
     * every item above it, not of the last alone; an item's own date still stands.
     */
    @Test
    void aLineOfFieldsClosingAHeadingsItemsIsEachItems() {
        String text = """
                关于印发2027年县级民生实事项目实施方案的通知
                二、主要任务
                （一）教育扩容工程。
                1.建成县第三中学。新增学位2400个，8月底前竣工交付。
                2.扩大公办学前教育资源。改扩建中心幼儿园2所，新增学位360个。
                牵头单位：县教育局　配合单位：县住建局　完成时限：2027年9月30日前
                （二）城乡供水提质工程。
                1.续建第二水厂。铺设出厂主管网14.5公里。
                牵头单位：县水利局　完成时限：2027年11月30日前
                """;
        List<ProposedTask> plan = Reader.read("县政府办", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(plan).extracting(t -> t.units().isEmpty() ? "" : t.units().get(0))
                .containsExactly("县教育局", "县教育局", "县水利局");
        assertThat(plan).extracting(ProposedTask::deadline).containsExactly("2027-08-31", "2027-09-30", "2027-11-30");
    }

    /**
     * 四、保障措施 closing a 总结和计划 backs the plan: it looks ahead in the plan's year, whatever the title above says; an item
     * of it with a doer and a date of its own (局办公室要在1月底前完成…) is work, one with neither exhorts.
     */
    @Test
    void theSafeguardsClosingASummaryAndPlanAreThePlansAndTheirDatedWorkIsTasks() {
        String text = """
                县交通运输局2026年工作总结和2027年工作计划
                一、2026年工作开展情况
                全年完成农村公路提质改造62公里。
                二、2027年工作计划
                （一）实施农村公路提质改造。完成县乡道提档升级68公里，11月底前全部交工验收。
                三、保障措施
                （一）强化责任落实。局办公室要在1月底前完成年度重点工作任务分解并建立工作台账。
                （二）加强作风建设。全局干部职工要牢固树立宗旨意识，真抓实干。
                """;
        List<ProposedTask> plan = Reader.read("县交通运输局", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(plan).extracting(ProposedTask::title).containsExactly("实施农村公路提质改造", "强化责任落实");
        assertThat(plan.get(1).deadline()).isEqualTo("2027-01-31");
        assertThat(plan.get(1).units()).containsExactly("局办公室");
    }

    /**
     * A 巡察整改工作方案: the numbered measures under each problem named are its remedies — work to be done, their figures
     * targets — while the problem's own lines still tell it; a 责任站所 label names the doers as 责任单位 does. A report's
     * 2027年预算草案 part plans: its figures are targets.
     */
    @Test
    void remediesUnderAProblemOfARectificationPlanAndABudgetDraftPlan() {
        String plan = """
                关于县委第三巡察组反馈意见整改工作方案
                三、反馈问题及整改措施
                （一）落实全面从严治党责任方面
                1.医疗领域不正之风问题整治不彻底。
                具体表现：抽查住院病历300份，发现问题病历41份。
                （1）一季度，在全县公立医院开展专项治理，追回违规费用12.7万元并全部退还患者。（责任站所：医政医管股）
                （2）6月底前，住院病历抽查比例不低于5%。（责任站所：医政医管股）
                """;
        Extraction e = Reader.read("县卫生健康局", plan, null);
        assertThat(e.quantities()).filteredOn(q -> q.surface().equals("12.7万元")).extracting(Quantity::kind).containsExactly("target");
        assertThat(e.quantities()).filteredOn(q -> q.surface().equals("41份")).extracting(Quantity::kind).doesNotContain("target");
        assertThat(e.tasks()).filteredOn(ProposedTask::proposed).hasSize(2)
                .allSatisfy(t -> assertThat(t.units()).containsExactly("医政医管股"));
        String budget = """
                关于2026年预算执行情况和2027年预算草案的报告
                ——2027年1月13日在县第十八届人民代表大会第三次会议上
                一、2026年预算执行情况
                全县一般公共预算收入完成18.6亿元。
                二、2027年预算草案
                重点支出安排：教育支出8.18亿元，增长2.8%。
                """;
        assertThat(Reader.read("县财政局", budget, null).quantities()).filteredOn(q -> q.surface().equals("8.18亿元"))
                .extracting(Quantity::kind).containsExactly("target");
    }

    /**
     * A 百日攻坚 plan's project: the 攻坚时限 its own line sets is the work's date, not the year its 年度计划投资 is planned for;
     * a later date the item's own words set still stands.
     */
    @Test
    void aProjectsLabelledTimeLimitDatesItsWork() {
        String text = """
                县重点项目建设“百日攻坚”行动方案
                二、攻坚项目
                1.经开区锂电池正极材料项目。总投资18亿元，年度计划投资6亿元。攻坚目标：6月27日前完成投资2.6亿元，4月底前完成2栋生产车间主体封顶。
                包联县领导：胥立航　责任单位：经开区管委会　攻坚时限：6月27日前
                """;
        List<ProposedTask> plan = Reader.read("县重点项目建设指挥部", text.replace("行动方案", "行动方案\n2027年3月16日"), null).tasks()
                .stream().filter(ProposedTask::proposed).toList();
        assertThat(plan).singleElement().extracting(ProposedTask::deadline).isEqualTo("2027-06-27");
    }

    /**
     * A report on how deputies' suggestions were handled: inside each item that reports, the sentence opening with 下一步
     * promises work still to come — a task of its own, its figures targets; what was done stays review.
     */
    @Test
    void aNextStepPromisedInsideAReportedItemIsATask() {
        String text = """
                关于县十八届人大三次会议代表建议办理情况的报告
                二、重点建议办理情况
                （一）关于加快高标准农田建设的建议。县农业农村局今年已建成高标准农田2.1万亩。下一步，县农业农村局将于11月底前完成剩余3400亩建设任务。
                """;
        Extraction e = Reader.read("县人民政府", text.replace("的报告", "的报告\n2027年9月22日"), null);
        List<ProposedTask> plan = e.tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(plan).singleElement().satisfies(t -> {
            assertThat(t.deadline()).isEqualTo("2027-11-30");
            assertThat(t.units()).containsExactly("县农业农村局");
        });
        assertThat(e.quantities()).filteredOn(q -> q.surface().equals("3400亩")).extracting(Quantity::kind).containsExactly("target");
        assertThat(e.quantities()).filteredOn(q -> q.surface().equals("2.1万亩")).extracting(Quantity::kind).containsExactly("actual");
    }

    /**
     * A 总结 given in December plans the coming year in its 下一步 part; one given in October plans the rest of this one.
     * The signature under the text (issuer and date) is no task.
     */
    @Test
    void aYearEndSummarysNextStepsAreNextYearsWork() {
        String december = """
                西岭镇2025年工作总结
                2025年12月18日
                一、工作成效
                全年改造农村户厕300户。
                二、下一步工作打算
                （一）人居环境
                9月底前改造农村户厕400户，年底前新建公厕5座。
                西岭镇人民政府
                2025年12月18日
                """;
        Extraction e = Reader.read("西岭镇", december, null);
        assertThat(e.year()).isEqualTo(2025);
        assertThat(e.tasks()).filteredOn(ProposedTask::proposed).singleElement()
                .extracting(ProposedTask::deadline).isEqualTo("2026-12-31");
        assertThat(e.quantities()).filteredOn(q -> q.kind().equals("target")).extracting(Quantity::deadline)
                .containsExactly("2026-09-30", "2026-12-31");
        // Written in October the plan is this year's: its 年底前 is this December; a 9月底前 already past is next September.
        Extraction october = Reader.read("西岭镇", december.replaceAll("2025年12月18日", "2025年10月18日"), null);
        assertThat(october.quantities()).filteredOn(q -> q.kind().equals("target")).extracting(Quantity::deadline)
                .containsExactly("2026-09-30", "2025-12-31");
    }

    /** A task list laid out as a table (附件：…任务清单), in spaced lines or a Word table: one task a row, its lead and due date. */
    @Test
    void aTaskListTableIsOneTaskARowWithItsLeadAndDueDate() {
        String text = """
                南塘镇2027年民生实事项目实施方案
                2027年1月12日
                一、总体要求
                坚持尽力而为、量力而行，办好群众身边的实事。
                附件：南塘镇2027年民生实事项目清单
                序号 项目名称 建设内容 牵头单位 完成时限
                1 镇卫生院发热门诊改造 改造发热门诊1处、 建筑面积600平方米 镇社会事务办 2027年6月底前
                2 集镇污水管网延伸 新建污水管网4.2公里 镇规划建设办 2027年10月底前
                3 村级儿童之家 新建儿童之家6个 镇妇联、镇社会事务办 2027年12月底前
                """;
        List<ProposedTask> rows = Reader.read("南塘镇", text, null).tasks().stream().filter(t -> t.text().matches("^\\d+ .*")).toList();
        assertThat(rows).extracting(ProposedTask::title).containsExactly("镇卫生院发热门诊改造", "集镇污水管网延伸", "村级儿童之家");
        assertThat(rows).extracting(ProposedTask::deadline).containsExactly("2027-06-30", "2027-10-31", "2027-12-31");
        assertThat(rows.get(2).units()).containsExactly("镇妇联", "镇社会事务办");
        assertThat(rows.get(0).units()).as("a cell with a space of its own does not shift the columns after it")
                .containsExactly("镇社会事务办");
        assertThat(rows.get(1).quantities()).hasSize(1);
    }

    /**
     * A 督查通报: its progress, ranking and 红黑榜 parts report (no task); each problem it orders put right is a task
     * (the 整改台账), and so is each item of its 下步工作要求.
     */
    @Test
    void aBulletinsRectificationsAndNextStepsAreTasksItsFindingsAreNot() {
        String text = """
                河阳县人民政府督查室关于全县秸秆禁烧专项行动推进情况的督查通报
                2026年11月10日
                各乡镇人民政府，县直有关单位：
                现将督查情况通报如下。
                一、总体推进情况
                全县已建成秸秆收储点14个，秸秆综合利用率达到91%。
                二、红黑榜
                东岗镇、西林乡位列前两名；北坪乡排名末位。
                三、发现的问题及整改要求
                1.北坪乡收储点建设滞后。北坪乡应于11月30日前建成收储点2个。
                2.西林乡巡查记录不全。西林乡要于11月20日前补齐巡查台账。
                四、下步工作要求
                （一）加快收储体系建设。各乡镇要在12月15日前完成收储点建设任务。
                （二）强化督查问效。县政府督查室将于12月20日前组织开展“回头看”。
                """;
        List<ProposedTask> tasks = Reader.read("督查通报", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(ProposedTask::title).containsExactly("北坪乡收储点建设滞后", "西林乡巡查记录不全", "加快收储体系建设",
                "强化督查问效");
        assertThat(tasks).extracting(ProposedTask::deadline).containsExactly("2026-11-30", "2026-11-20", "2026-12-15", "2026-12-20");
    }

    /** An item with no run-in heading is titled by the work its first clause names, without mood words, dates or figures. */
    @Test
    void aLongItemIsTitledByItsWorkAlone() {
        assertThat(Reader.title("确保全年完成地区生产总值18.7亿元、固定资产投资8亿元以上")).isEqualTo("完成地区生产总值、固定资产投资");
        assertThat(Reader.title("年底前完成剩余1300亩高标准农田建设任务并通过县级验收")).isEqualTo("完成剩余高标准农田建设任务并通过县级验收");
        assertThat(Reader.title("抓好秋冬种")).isEqualTo("抓好秋冬种");
    }

    private static void add(TaskScore score, Path goldFile) throws IOException {
        String doc = goldFile.getFileName().toString().replace(".tasks.jsonl", "");
        String text = Files.readString(goldFile.resolveSibling(doc + ".txt"), StandardCharsets.UTF_8);
        Extraction e = Reader.read(doc, text, null);
        score.add(doc, read(Files.readString(goldFile, StandardCharsets.UTF_8)), read(ExtractionJson.tasksJsonl(e, text)));
    }

    private static List<TaskScore.Task> read(String jsonl) {
        return jsonl.lines().filter(l -> !l.isBlank()).map(l -> TaskScore.task(JSON.readValue(l, RECORD))).toList();
    }

    private static List<Path> golds(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tasks.jsonl")).sorted().toList();
        }
    }

    /**
     * From the fifth blind set: minutes' decisions are tasks item after item, each titled by the work it names, not by who
     * leads it or when (由县发展改革局牵头，…, 春节前，…, 会议同意由县财政局于12月底前…); a plan's frame (指导思想, 基本原则)
     * gives none.
     */
    @Test
    void minutesDecisionsAreTasksTitledByTheirWork() {
        Extraction e = Reader.read("纪要", """
                县人民政府常务会议纪要
                县人民政府办公室 2026年12月4日
                一、关于全县重点项目建设推进情况
                会议听取了县发展改革局关于1—11月全县重点项目建设推进情况的汇报。
                会议议定：
                （一）县财政局要于12月15日前将第四批专项债券资金1.35亿元拨付到位。
                （二）县人社局牵头，会同县住建局开展欠薪隐患全面排查。
                （三）春节前，县财政局从欠薪应急周转金中安排500万元，用于垫付农民工工资。
                （四）会议同意由县财政局于12月底前追加拨付县第二人民医院医疗设备购置经费860万元。
                二、总体要求
                （一）指导思想。坚持以人民为中心的发展思想。
                """, null, 2026);
        assertThat(e.tasks()).extracting(ProposedTask::title).containsExactly("第四批专项债券资金拨付到位", "开展欠薪隐患全面排查",
                "从欠薪应急周转金中安排", "追加拨付县第二人民医院医疗设备购置经费");
        assertThat(e.tasks()).extracting(ProposedTask::deadline).containsExactly("2026-12-15", null, "2027-02-06", "2026-12-31");
    }

    /**
     * From the sixth blind set: a 目标责任书 whose body lists targets by field with only their 分值 is imported as its 任务分解表,
     * which names the lead and the date of each; its terms (考核方式, 奖惩, 附则) and closing 有关要求 give no task; a
     * rectification plan's 整改措施 are work due by their dates, whatever the title's 问题 says.
     */
    @Test
    void aTargetLetterIsItsTaskTableAndItsTermsGiveNoTask() {
        Extraction e = Reader.read("责任书", """
                蓼川县2027年度乡镇目标管理责任书
                蓼川县人民政府 2027年1月20日
                一、目标任务
                1.固定资产投资（10分）。全年完成固定资产投资3.2亿元以上。
                2.一般公共预算收入（7分）。全年完成一般公共预算收入4600万元。
                二、考核方式
                （一）考核组织。由县目标管理考核办公室统一组织。
                三、附则
                本责任书自签订之日起生效。
                附件
                序号    任务                目标值        牵头单位                完成时限
                1       固定资产投资        3.2亿元以上   县发展改革局            2027年12月底前
                2       一般公共预算收入    4600万元      县财政局、县税务局      2027年12月底前
                """, null, 2027);
        assertThat(e.tasks()).extracting(ProposedTask::title).containsExactly("固定资产投资", "一般公共预算收入");
        assertThat(e.tasks()).extracting(t -> t.units().get(0)).containsExactly("县发展改革局", "县财政局");

        Extraction plan = Reader.read("整改方案", """
                椿岭镇农村人居环境问题整改方案
                椿岭镇人民政府 2027年3月20日
                一、存在的问题
                督查组发现积存垃圾点41处。
                二、整改措施
                （一）清理积存垃圾。3月31日前，组织各村对督查发现的41处积存垃圾点逐一清理到位。
                有关要求
                （一）压实整改责任。各村要高度重视。
                """, null, 2027);
        assertThat(plan.tasks()).extracting(ProposedTask::deadline).containsExactly("2027-03-31");
        assertThat(plan.quantities()).filteredOn(q -> q.sentence().startsWith("3月31日前")).singleElement()
                .satisfies(q -> assertThat(q.deadline()).isEqualTo("2027-03-31"));
    }

    /**
     * From reader-ay (and six earlier sets that wrote the same): a plan's 工作目标 over its paragraph is a task named by what
     * the plan is about, starting at the paragraph; a cadence (一月一通报) dates nothing, and 挂牌督办 names no unit.
     */
    @Test
    void aPlansGoalsAreATaskNamedByThePlanAndACadenceDatesNothing() {
        String text = """
                荻川县人民政府办公室
                关于印发《荻川县2027年秋冬种生产工作方案》的通知
                一、工作目标
                2027年，全县秋冬种面积稳定在42万亩以上，其中油菜18万亩。
                二、重点任务
                （一）抓好油菜种植。10月底前，完成油菜直播12万亩。（牵头单位：县农业农村局）
                （二）强化督导。对进度滞后的乡镇，由县级领导挂牌督办，一周一调度、一月一通报。
                """;
        Extraction e = Reader.read("通知", text, null, 2027);
        assertThat(e.tasks()).first().satisfies(t -> {
            assertThat(t.title()).isEqualTo("秋冬种生产工作目标");
            assertThat(ExtractionJson.firstSentence(text, t.start(), t.end())).startsWith("2027年，全县秋冬种面积");
        });
        assertThat(e.tasks()).last().satisfies(t -> {
            assertThat(t.deadline()).isNotEqualTo("2027-01-31");
            assertThat(t.units()).noneMatch(u -> u.contains("督办"));
        });
        assertThat(Reader.planSubject("关于中央第三生态环境保护督察反馈问题整改进展情况的报告")).isEqualTo("中央第三生态环境保护督察反馈问题整改");
    }

    /** From the seventh blind set: a task list naming its work in a field (任务名称：…；) is titled by it; a 文号 is no task. */
    @Test
    void aTaskListsNamedFieldIsItsTitleAndADocumentNumberNoTask() {
        Extraction e = Reader.read("通知", """
                中共苇陂县委办公室关于印发重点工作任务清单的通知
                苇办发〔2027〕6号
                一、重点工作任务
                1.任务名称：抓好重大项目建设；目标要求：全年实施重点项目60个；牵头单位：县发展改革局；完成时限：2027年12月底前。
                2.任务名称：强化招商引资；目标要求：新签约亿元以上项目12个；牵头单位：县投资促进中心；完成时限：2027年12月底前。
                """, null, 2027);
        assertThat(e.tasks()).extracting(ProposedTask::title).containsExactly("抓好重大项目建设", "强化招商引资");
        assertThat(e.tasks()).extracting(t -> t.units().get(0)).containsExactly("县发展改革局", "县投资促进中心");
    }

    /** A notice issuing a 目标任务分解表: its masthead and its 有关要求 are no work; each row of the annex is a task. */
    @Test
    void aBreakdownTableAnnexedToANoticeGivesATaskARow() {
        String text = """
                甲县市场监督管理局文件
                甲市监发〔2027〕4号
                甲县市场监督管理局关于印发2027年度目标任务分解表的通知
                局机关各股室：
                现将目标任务逐项分解到股室，请抓好落实。有关要求如下：
                一、压实工作责任。各股室主要负责人是第一责任人。
                二、加强调度通报。各股室于每季度末次月5日前将推进情况报局办公室。
                甲县市场监督管理局
                2027年1月18日
                附件
                序号	目标任务	具体指标	责任股室（单位）	责任人	完成时限
                1	培育经营主体	全年新增经营主体3300户以上	登记注册股（牵头）、各市场监管所	张三	12月底前
                2	校园食品安全	开学食品安全检查全覆盖	食品经营监管股	李四	3月底前、9月底前
                3	节日市场检查	检查农贸市场32家	价格监督检查股	王五	春节前
                """;
        List<ProposedTask> tasks = Reader.read("甲", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(ProposedTask::title, ProposedTask::deadline, t -> t.units().get(0)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("培育经营主体", "2027-12-31", "登记注册股"),
                org.assertj.core.groups.Tuple.tuple("校园食品安全", "2027-09-30", "食品经营监管股"),
                org.assertj.core.groups.Tuple.tuple("节日市场检查", "2027-02-06", "价格监督检查股"));
    }

    /** A reply on 督办事项: each item's 下一步 is its task; what it was asked and what was done are none; a request part is none. */
    @Test
    void aRepliesNextStepsAreItsTasks() {
        String text = """
                甲镇人民政府关于督办事项办理情况的报告
                （2026年10月26日）
                一、安置点饮水不稳定问题
                督办内容：群众反映安置点68户经常停水，要求限期解决。
                办理情况：镇水利站更换供水主管1.2公里，9月22日完工通水。
                下一步：镇水利站将建立供水设施巡查台账，明年3月底前完成加压泵站改造。
                二、冷链物流中心项目建设滞后问题
                办理情况：召开专题调度会5次。
                下一步工作：
                1.加快设备安装。镇经济发展办11月底前完成冷库制冷设备安装调试。
                2.确保竣工投产。12月20日前完成剩余投资1900万元。
                三、需要协调解决的事项
                恳请县督查室协调县交通运输局将该路段纳入县级养护范围。
                """;
        List<ProposedTask> tasks = Reader.read("甲", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(ProposedTask::deadline).containsExactly("2027-03-31", "2026-11-30", "2026-12-20");
        assertThat(tasks.get(0).title()).contains("巡查台账");
    }

    /** A plan part's table of projects under its caption: a task a row, its lead from the 责任主体 column; the part is none. */
    @Test
    void aPartsProjectTableGivesATaskARowEvenWhereTheBodyNamedTheProjects() {
        String text = """
                甲村2026—2028年发展规划
                一、重点任务
                （一）改善人居环境。新建茶叶初制厂和党群服务中心，2027年底前完成户厕改造38户。（责任主体：村民委员会、各村民小组）
                二、重点项目安排
                甲村重点项目安排表
                序号	项目名称	主要建设内容	投资估算（万元）	完成时限	责任主体
                1	党群服务中心改扩建	新增使用面积220平方米	85	2026年第三季度	村党支部
                2	茶叶初制厂建设	新建茶叶初制厂1座	150	2026年12月底前	村股份经济合作社
                三、保障措施
                加强组织领导。
                """;
        List<ProposedTask> tasks = Reader.read("甲", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(ProposedTask::title, t -> t.units().isEmpty() ? "" : t.units().get(0)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("改善人居环境", "村民委员会"),
                org.assertj.core.groups.Tuple.tuple("党群服务中心改扩建", "村党支部"),
                org.assertj.core.groups.Tuple.tuple("茶叶初制厂建设", "村股份经济合作社"));
    }

    /** An inspection notice: what it covers (督查对象, 督查内容) and how it is run (加强调度通报) are no work; its phases are. */
    @Test
    void anInspectionsScopeAndItsManagementAreNoTasks() {
        String text = """
                甲县委办公室关于开展专项督查的通知
                各乡镇：
                一、督查对象
                全县14个乡镇，县水利局等县直有关单位。
                二、督查内容
                （一）供水工程建设。重点督查年度新建改造农村供水管网240公里任务推进情况。
                （二）资金使用管理。重点督查上级资金1.86亿元拨付使用情况。
                三、时间安排
                （一）自查自纠阶段。各乡镇于9月30日前完成自查。
                （二）实地督查阶段。县委督查室于10月22日前完成实地督查。
                四、加强调度通报。县委督查室每月通报一次督查进展。
                """;
        List<ProposedTask> tasks = Reader.read("甲", text, 2026).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(ProposedTask::title).containsExactly("自查自纠阶段", "实地督查阶段");
    }

    /** A re-check report written in March: its remedies (对…问题重新整改) are plan items, its overdue-problem table a task a row. */
    @Test
    void aRecheckReportsRemediesAndItsProblemTableAreTasks() {
        String text = """
                甲县人民政府督查室
                关于2026年度督查反馈问题整改情况“回头看”的报告
                一、整改总体情况
                截至3月10日，2026年87项问题中已整改销号71项。2026年的问题整改率81.6%。
                二、下一步整改要求
                （一）对反弹和虚假销号问题重新整改。由各相关责任单位5月底前将4项问题全部整改销号。
                （二）集中攻坚超期问题。具体如下：
                超期问题整改任务清单
                序号	问题	整改措施	责任单位	完成时限
                1	停车场扩建滞后	新增停车泊位260个	县卫生健康局	2027年6月30日前
                2	污水处理站运行不正常	更换提升泵2台	乙镇人民政府	4月底前
                甲县人民政府督查室
                2027年3月16日
                """;
        List<ProposedTask> tasks = Reader.read("甲", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(ProposedTask::title, ProposedTask::deadline).contains(
                org.assertj.core.groups.Tuple.tuple("对反弹和虚假销号问题重新整改", "2027-05-31"),
                org.assertj.core.groups.Tuple.tuple("停车场扩建滞后", "2027-06-30"),
                org.assertj.core.groups.Tuple.tuple("污水处理站运行不正常", "2027-04-30"));
    }

    /** A plan issued under a cover notice: the cover is no task; rounds scheduled 分别 in three months are due at the last. */
    @Test
    void anIssuingCoverIsNoTaskAndAScheduleIsDueAtItsLastRound() {
        String text = """
                甲县委办公室　甲县人民政府办公室
                关于印发《甲县2027年度督查检查工作计划》的通知
                各乡镇：现予印发，请对照执行。
                2027年1月22日
                甲县2027年度督查检查工作计划
                一、专项督查
                1.重点项目建设专项督查。分3轮开展，分别安排在3月下旬、6月下旬和9月下旬，每轮实地察看项目不少于20个。
                2.年度综合督查。于11月中旬至12月上旬对全县12个乡镇开展综合督查。
                """;
        Extraction e = Reader.read("甲", text, null);
        assertThat(e.tasks().stream().filter(ProposedTask::proposed).toList()).extracting(ProposedTask::title, ProposedTask::deadline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("重点项目建设专项督查", "2027-09-30"),
                        org.assertj.core.groups.Tuple.tuple("年度综合督查", "2027-12-10"));
        assertThat(e.quantities()).filteredOn(q -> q.surface().equals("20个")).singleElement()
                .satisfies(q -> assertThat(q.deadline()).isNull());
    }

    /** 此外 after a numbered list: its own works, one task each where the doers and the dates differ. */
    @Test
    void aBesidesParagraphAfterTheItemsGivesATaskAWork() {
        String text = """
                甲镇2027年防汛准备工作方案
                2027年4月8日
                一、汛前准备
                1.水库安全检查。4月20日前完成全镇7座小型水库汛前安全检查。（责任单位：镇水利站）
                2.物资储备。镇应急管理办要在5月15日前补充储备编织袋3万条。
                此外，镇规划建设办要在4月25日前完成3处易涝点清淤疏浚；镇供电所要在5月31日前完成沿河配电设施防水加固。
                """;
        List<ProposedTask> tasks = Reader.read("甲", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(ProposedTask::deadline, t -> t.units().get(0)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2027-04-20", "镇水利站"), org.assertj.core.groups.Tuple.tuple("2027-05-15", "镇应急管理办"),
                org.assertj.core.groups.Tuple.tuple("2027-04-25", "镇规划建设办"), org.assertj.core.groups.Tuple.tuple("2027-05-31", "镇供电所"));
    }

    @Test
    void anItemWhoseWorksEachNameTheirOwnLeadIsATaskAWork() {
        // Cut at ；, each with its 牵头股室 and its date; the heading sentence names the item, the works follow it.
        String text = "县农业农村局2027年工作要点\n（2026年12月28日）\n一、重点任务\n"
                + "8.深化农村人居环境整治。上半年完成农村户厕问题排查整改2600户（牵头股室：农村社会事业促进股）；年底前新建农村生活污水治理村15个"
                + "（牵头股室：规划建设股，配合单位：各乡镇）。\n"
                // Cut at the comma after which 由X牵头 opens another work: the opening 春节前 dates both.
                + "9.做好节日保障。春节前，由社会事务办牵头走访慰问困难群众320户，由派出所牵头开展烟花爆竹经营网点安全检查2轮。\n"
                // 由县住建局牵头； closes its work: one lead a work, still two tasks.
                + "10.加快保障性住房建设。一季度开工建设保障性住房300套，由县住建局牵头；年内发放租赁补贴500户，由县住房保障服务中心牵头，县财政局配合。\n"
                // One lead for both works, the other only helps: one task.
                + "11.推进高标准农田建设。3月底前完成高标准农田1.2万亩，由农业农村办牵头；6月底前通过验收，各村配合。\n";
        List<ProposedTask> tasks = Reader.read("县农业农村局", text, 2027).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(t -> t.units().isEmpty() ? "" : t.units().get(0)).containsExactly("农村社会事业促进股", "规划建设股",
                "社会事务办", "派出所", "县住建局", "县住房保障服务中心", "农业农村办");
        assertThat(tasks).extracting(ProposedTask::deadline).containsExactly("2027-06-30", "2027-12-31", "2027-02-06", "2027-02-06",
                "2027-03-31", "2027-12-31", "2027-06-30");
    }

    @Test
    void aBareLeadLabelAnOfficeWorkingWithAnotherAndTheNationalDayAreRead() {
        String text = "一、整改要求\n（一）强化跟踪问效。县政府督查室将会同县农业农村局于11月下旬开展回头看。\n"
                + "（二）抓好招商引资。国庆前签约项目2个。（牵头：招商办）\n";
        List<ProposedTask> tasks = Reader.read("通报", text, 2026).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(t -> t.units().get(0)).containsExactly("县政府督查室", "招商办");
        assertThat(tasks.get(1).deadline()).isEqualTo("2026-09-30");
    }

    @Test
    void worksToldApartByTheirLeadLabelsOrByTheirDatesAreATaskEach() {
        String text = "栗桥镇2026年工作总结及2027年工作思路\n（2026年12月18日）\n二、2027年工作思路\n"
                // two works, each closed by its own （牵头：…） at a full stop; the sentence after names no doer and goes on
                + "（一）做强工业经济。全年新增规上工业企业5家以上（牵头：镇经济发展办）。6月底前完成产业园二期4栋标准厂房竣工验收"
                + "（牵头：镇重点项目服务中心）。坚持要素跟着项目走，优先保障园区用地。\n"
                // one lead, two sentences of work due at different times
                + "（二）加强水利建设。一季度末前，完成全镇水利项目储备库更新，新谋划储备项目不少于20个。全年完成水利建设投资6500万元以上。"
                + "（镇水利站负责）\n"
                // one sentence of steps stays one work
                + "（三）加快道路建设。11月中旬完成路基3.5公里，年底前完成投资1亿元（镇规划建设办负责）。\n"
                // dates in its sentences, but a 完成时限 of its own: the item is dated as one work
                + "（四）推进城乡客运一体化。2027年新开通城乡公交线路6条。到2028年底，建制村通客车率保持100%。\n"
                + "（责任单位：镇交管站，完成时限：2028年12月底前）\n";
        List<ProposedTask> tasks = Reader.read("总结", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(ProposedTask::deadline).containsExactly("2027-12-31", "2027-06-30", "2027-03-31", "2027-12-31",
                "2027-12-31", "2028-12-31");
        assertThat(tasks).extracting(t -> t.units().get(0)).containsExactly("镇经济发展办", "镇重点项目服务中心", "镇水利站", "镇水利站",
                "镇规划建设办", "镇交管站");
    }

    @Test
    void halvesDatedApartAndWorksOfTheirOwnSubjectsAreATaskEachAndADashedDateLineIsNone() {
        String text = "全县政府工作报告\n——2027年1月8日在县第十八届人民代表大会第六次会议上\n二、2027年工作安排\n"
                // a sentence's halves at its ；, each dated: two works
                + "一是抓好秋收秋种。9月底前完成秋粮收获2.3万亩；11月底前完成秋冬播油菜1.1万亩以上，由镇农业服务中心负责。\n"
                // two works told apart by their subjects, the item's closing label naming both
                + "二是推进充电设施建设。县住建局要在9月底前新建充电场所80处；各乡镇要建设充电场所40处，10月底前全部投入使用。"
                + "（责任单位：县住建局、各乡镇牵头）\n";
        List<ProposedTask> tasks = Reader.read("报告", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(ProposedTask::deadline).containsExactly("2027-09-30", "2027-11-30", "2027-09-30", "2027-10-31");
        assertThat(tasks).extracting(t -> t.units().get(0)).containsExactly("镇农业服务中心", "镇农业服务中心", "县住建局", "各乡镇");
    }

    @Test
    void aBulletinsDemandNamingAUnitASentenceIsAWorkEach() {
        // 整改要求: each sentence opened by the unit that is to do it, with its own date; the closing label names them all
        String text = "三、整改要求\n（一）全力推动滞后项目赶进度。县住房和城乡建设局要4月30日前制定赶超计划，确保二季度末完成投资1.2亿元以上。"
                + "县交通运输局要会同苕坪乡，5月15日前完成剩余12户征迁。蔚岗乡要加快冷链仓储中心项目前期工作，6月底前完成立项。"
                + "（责任单位：县住房和城乡建设局、县交通运输局、蔚岗乡；完成时限：2027年6月30日前）\n";
        List<ProposedTask> tasks = Reader.read("通报", text, 2027).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(t -> t.units().get(0)).containsExactly("县住房和城乡建设局", "县交通运输局", "蔚岗乡");
        assertThat(tasks).extracting(ProposedTask::deadline).containsExactly("2027-06-30", "2027-05-15", "2027-06-30");
    }

    /** From reader-am: an item of a list of projects, naming one and telling its scale, is that project's task, however dated. */
    @Test
    void anItemOfAListOfProjectsIsOneTaskHoweverManyDatesItsStepsHave() {
        String text = "2027年重大项目推进工作方案\n三、重点项目\n（一）工业项目\n"
                + "1.经济开发区锂电正极材料产业园项目。总投资32亿元，2027年计划投资10亿元。建设年产6万吨锂电正极材料生产线，"
                + "3月底前完成首批厂房主体，9月底前首条生产线试产，2028年6月底前全面竣工投产。（牵头单位：县经开区管委会；配合单位：县工信局）\n"
                + "2.县城第二水厂及配套管网工程。总投资3.9亿元，2027年计划投资1.6亿元。新建日供水能力5万吨的水厂一座，"
                + "三季度完成水厂主体工程，2028年6月底前建成通水。（牵头单位：县水利局）\n";
        List<ProposedTask> tasks = Reader.read("方案", text, 2027).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(ProposedTask::deadline).containsExactly("2028-06-30", "2028-06-30");
        assertThat(tasks).extracting(t -> t.units().get(0)).containsExactly("县经开区管委会", "县水利局");
    }

    /** From reader-an: a 督查通报's head names its issuers (one with the date on its line), and its 限期办结要求 are work. */
    @Test
    void aBulletinsHeadIsNoTaskAndWhatItDemandsByADateIsWork() {
        String text = "督 查 通 报\n第6期\n\n中共某县委督查室\n某县人民政府督查室　　　　　　2027年5月10日\n\n"
                + "关于2027年1—4月县领导批示件办理情况的通报\n\n各乡镇党委、人民政府，县直各单位：\n现将1—4月县领导批示件办理情况通报如下。\n一、总体情况\n1—4月共登记交办县领导批示件86件，办结62件。\n"
                + "二、限期办结要求\n（一）县城管局要会同栎岗镇加快破损管网修复，5月31日前完成剩余1.1公里管网修复。\n"
                + "（二）县自然资源局要于5月20日前完成芩塘村滑坡治理工程招标，6月底前完成抗滑挡墙施工。\n";
        List<ProposedTask> tasks = Reader.read("通报", text, 2027).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(t -> t.units().get(0)).containsExactly("县城管局", "县自然资源局");
        assertThat(tasks).extracting(ProposedTask::deadline).containsExactly("2027-05-31", "2027-06-30");
    }

    @Test
    void aBulletinsListOfProblemsWithLeadsAndDatesAndAProblemHandedOverWithWhatToDoAreWork() {
        // rows of spaced cells, each numbered, none closed by a stop: no PDF's cut lines to join
        String text = "督 查 通 报\n岚溪县人民政府督查室　　　　2026年12月9日\n关于重点项目推进情况专项督查的通报\n"
                + "一、总体情况\n全县168个重点项目完成投资95.6亿元。\n三、问题整改清单\n针对督查发现的问题，梳理形成问题整改清单，现予交办。\n"
                + "序号 问题 责任单位 整改时限\n"
                + "1 岚江大桥征迁扫尾滞后，尚有7户房屋未签订征收协议 县住建局、岚桥镇 2026年12月25日前\n"
                + "2 县人民医院新院区项目投资完成率仅为64.5% 县卫生健康局 2026年12月31日前\n"
                + "3 城东片区雨污分流改造工程涉及管网12.8公里，目前仅完成7.3公里 县住建局 2027年1月20日前\n";
        List<ProposedTask> tasks = Reader.read("通报", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(ProposedTask::deadline).containsExactly("2026-12-25", "2026-12-31", "2027-01-20");
        assertThat(tasks.get(0).units()).containsExactly("县住建局", "岚桥镇");
        String notice = "关于督办县领导批示件的通知\n（2026年12月9日）\n一、督办事项\n（一）关于部分村组冬季饮水困难问题\n"
                + "近期，大坪村等6个村组反映冬季饮水困难，涉及群众4100余人。\n"
                + "办理要求：12月15日前，县水利局会同相关乡镇制定应急供水方案，落实应急送水车辆不少于12台。\n";
        Extraction e = Reader.read("督办通知", notice, null);
        assertThat(e.tasks().stream().filter(ProposedTask::proposed)).singleElement()
                .satisfies(t -> assertThat(t.deadline()).isEqualTo("2026-12-15"));
        assertThat(e.quantities()).filteredOn(q -> q.surface().equals("12台")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo("target"));
        assertThat(e.quantities()).filteredOn(q -> q.surface().equals("4100余人")).singleElement()
                .satisfies(q -> assertThat(q.kind()).isNotEqualTo("target"));
    }

    @Test
    void whoLeadsAndASpanOfDaysOpeningAnItemAreNoTitleAndAYearsCohortIsNoYearOfTheItem() {
        String text = "桐岭镇党委会议纪要\n（2027年1月7日）\n一、会议议定事项\n"
                + "（一）由党政办牵头，于1月15日前将县下达的2027年目标任务分解到各办所，形成重点工作任务分解表。\n"
                + "（二）1月10日至2月28日，由应急管理办牵头在全镇开展春节前后安全生产大检查。\n"
                + "（三）1月底前完成全镇12个村2026年度村级集体经济收益分配和财务公开。\n";
        List<ProposedTask> tasks = Reader.read("纪要", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks.get(0).title()).doesNotStartWith("由");
        assertThat(tasks.get(1).title()).doesNotStartWith("1月").isNotEqualTo("至");
        assertThat(tasks).extracting(ProposedTask::deadline).containsExactly("2027-01-15", "2027-02-28", "2027-01-31");
    }

    @Test
    void aYearNamingThePlanTheWorkPreparesIsNotWhenTheWorkIsDone() {
        // A November notice: 报送2027年工作计划 and 完成2027年度水利项目储备 are done this year, for the next.
        String text = "县水利局关于做好年底重点工作的通知\n（2026年11月20日）\n各乡镇人民政府，局属各单位：\n一、重点工作\n"
                + "（一）各乡镇于12月15日前报送2027年工作计划，同时完成农村饮水工程维修养护12处。\n"
                + "（二）局规划股负责，年底前完成2027年度水利项目储备，入库项目不少于20个。\n"
                // a part that names its year as its own still speaks of it
                + "二、2027年工作安排\n（一）局规划股负责，6月底前完成水毁工程修复8处。\n";
        List<ProposedTask> tasks = Reader.read("通知", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(ProposedTask::deadline).containsExactly("2026-12-15", "2026-12-31", "2027-06-30");
    }

    @Test
    void nextStepsOnAProblemsLineAreTasksLedByWhomTheyName() {
        String text = "一、反馈问题整改落实情况\n（一）关于“设施配套不到位”的问题\n问题表现：全县18家养殖场设施不配套。\n"
                + "下一步措施：一是由畜牧兽医股牵头，11月底前督促6家养殖场完成设施建设；二是年底前，由发展规划股会同县自然资源局协调解决4家养殖场用地问题；"
                + "三是由畜牧兽医股建立季度巡查制度。\n";
        List<ProposedTask> tasks = Reader.read("整改报告", text, 2026).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(t -> t.units().get(0)).containsExactly("畜牧兽医股", "发展规划股", "畜牧兽医股");
    }

    @Test
    void 由NamesTheLeadWholeAnd由于NamesNoOne() {
        String text = "一、重点任务\n1.加强基层党建。由县委组织部牵头，年底前完成村级班子分析研判。\n"
                + "2.开展自查整改。由于部分乡镇未开展自查，由县农业农村局牵头，12月15日前完成整改。\n";
        List<ProposedTask> tasks = Reader.read("计划", text, 2026).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).extracting(t -> t.units().get(0)).containsExactly("县委组织部", "县农业农村局");
    }

    /**
     * A 红黑榜 bulletin's demands name the listed units (对红榜单位…, 黑榜单位…须…): each is work, led by the units it names, and the
     * half-year the bulletin reviews dates none of it; the annex listing where each project stands is no plan.
     */
    @Test
    void aRankingBulletinsDemandsAreWorkUndatedByThePeriodItReviews() {
        String text = "关于2027年上半年全县重点项目“红黑榜”情况的通报\n（2027年7月8日）\n一、总体情况\n上半年，全县重点项目完成投资41.2亿元。\n"
                + "二、工作要求\n（一）对红榜单位，在年度目标考核中分别加2分、1分，并各奖励30万元。\n"
                + "（二）黑榜单位主要负责同志须于7月25日前向县委督查室作出书面说明，8月10日前报送追赶方案。\n"
                + "（三）连续两次列入黑榜的单位，由县纪委监委于8月底前对相关责任人启动问责程序。\n"
                + "附件：2027年上半年重点项目进度一览\n1.城南污水处理厂扩建（县住建局）：计划投资6000万元，完成投资4100万元。\n";
        List<ProposedTask> tasks = Reader.read("通报", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(tasks).hasSize(3);
        assertThat(tasks.get(0).deadline()).isNull();
        assertThat(tasks.get(1).units()).startsWith("黑榜单位");
        assertThat(tasks.get(1).deadline()).isEqualTo("2027-08-10");
        assertThat(tasks).noneMatch(t -> t.title().contains("城南污水处理厂"));
    }

    /**
     * A speech numbers its points 第一，第二，… under 三、抓实明年的事: each is an item of work. A part headed by a plan for problems
     * still open (尚未整改到位问题的整改计划) plans, whatever problems its heading names. And a split item's first work is read
     * with the heading sentence that names the item.
     */
    @Test
    void aSpeechsOrdinalPointsAndAPlanForOpenProblemsAreWork() {
        String speech = "在全县经济工作会议上的讲话\n（2030年12月28日）\n三、抓实明年的事：目标定下来，责任分到人\n"
                + "第一，项目要早开工。县发展改革局要在3月底前完成40个市级重点项目的前期工作。\n"
                + "第二，园区要提效益。开发区管委会年内处置低效用地600亩。\n";
        List<ProposedTask> points = Reader.read("讲话", speech, 2030).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(points).hasSize(2);
        assertThat(points).extracting(ProposedTask::deadline).containsExactly("2031-03-31", "2031-12-31");
        String audit = "关于2029年审计查出问题整改情况的报告\n四、尚未整改到位问题的整改计划\n"
                + "（一）耕地地力保护补贴。荞麦垭乡负责，2030年3月底前追回剩余补贴18.2万元。\n";
        assertThat(Reader.read("报告", audit, 2029).tasks().stream().filter(ProposedTask::proposed)).singleElement()
                .satisfies(t -> assertThat(t.deadline()).isEqualTo("2030-03-31"));
        String item = "（一）抓好党员发展。9月底前，镇党委组织办完成发展对象的考察审批。";
        assertThat(ExtractionJson.firstSentence(item, 0, item.length())).isEqualTo(item);
    }

    /**
     * 一要抓好汛前检查。 alone on its line heads the lines below it, as (一) heads its own: their dates date its work. A heading
     * sentence alone on its line is read, as a task's source, with the sentence that follows on the next line.
     */
    @Test
    void anInlineNumberedHeadingAloneOnItsLineHeadsTheLinesBelow() {
        String speech = "在全县安全生产和防汛减灾工作会议上的讲话\n（2031年4月9日）\n三、各部门要把责任扛在肩上\n一要抓好汛前检查。\n"
                + "县应急管理局要在5月15日前组织8个督导组，对各乡镇逐一开展汛前检查。\n二要加快水毁工程修复。\n"
                + "县水利局要在5月31日前完成12座病险水库除险加固主体工程。\n";
        Extraction e = Reader.read("讲话", speech, null);
        List<ProposedTask> items = e.tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(items).extracting(ProposedTask::deadline).containsExactly("2031-05-15", "2031-05-31");
        assertThat(ExtractionJson.firstSentence(speech, items.get(0).start(), items.get(0).end()))
                .isEqualTo("一要抓好汛前检查。\n县应急管理局要在5月15日前组织8个督导组，对各乡镇逐一开展汛前检查。");
    }

    /**
     * From reader-bv: under a report's title (…办理情况通报) the lines that number, sign and date it (（2030年第11期）, the office, the
     * date) say nothing of their own, so the parts below are the report's: matters already settled propose no task.
     */
    @Test
    void aReportsMastheadLinesLeaveItsPartsReporting() {
        String text = "鹿鸣镇督查督办事项办理情况通报\n（2030年第11期）\n鹿鸣镇党政办公室\n2030年12月3日\n各村（社区）：\n"
                + "11月在办督办事项共26项，已办结15项。\n一、已办结事项\n1.森林防火隔离带清理。镇林业站牵头，共清理防火隔离带42公里。\n"
                + "2.秋冬种油菜。镇农业综合服务中心牵头，完成油菜种植1.26万亩。\n";
        List<ProposedTask> plan = Reader.read("鹿鸣镇党政办公室", text, null).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(plan).isEmpty();
    }

    /**
     * From reader-by: a heading alone on its line over paragraphs, each a charge to a doer of its own (a speech's 重点工作和责任分工),
     * is one task a paragraph, the first opening with the heading; a closing turn to the audience is no work.
     */
    @Test
    void aHeadingsParagraphsChargingDoersOfTheirOwnAreTasksEach() {
        String text = "在县人民政府第一次全体会议上的讲话\n三、2031年重点工作和责任分工\n（一）项目建设。\n"
                + "县发展和改革局牵头，一季度集中开工项目30个以上，全年完成投资74亿元以上。\n"
                + "县交通运输局要盯紧施工进度，确保溽水大桥9月底前建成通车。\n"
                + "县自然资源局要在3月底前完成一季度开工项目用地报批1200亩。\n"
                + "同志们，今年的任务十分繁重，县政府将逐项调度、限时办结。\n";
        List<ProposedTask> plan = Reader.read("县人民政府", text, null, 2031).tasks().stream().filter(ProposedTask::proposed).toList();
        assertThat(plan).extracting(t -> t.units().get(0)).containsExactly("县发展和改革局", "县交通运输局", "县自然资源局");
        assertThat(plan).extracting(ProposedTask::deadline).containsExactly("2031-12-31", "2031-09-30", "2031-03-31");
        assertThat(ExtractionJson.firstSentence(text, plan.get(0).start(), plan.get(0).end())).startsWith("（一）项目建设。");
    }
}
