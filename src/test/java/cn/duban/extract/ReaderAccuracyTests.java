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
 * The reader against gold written to ANNOTATION.md: the shared dev gold, all eight documents (000,
 * 001-1 … 001-5, 002, 003; the shared gold for 001-2 and 001-4 replaced our own, issue 11). The
 * bars are the issue's.
 */
class ReaderAccuracyTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> RECORD = new TypeReference<>() {
    };

    @Test
    void meetsTheBarOnTheSharedDevGold() throws IOException {
        Path dev = SharedCorpus.dev();
        GoldScore score = score(dev, dev);
        System.out.println("shared dev gold: " + score);
        score.disagreements.forEach(d -> System.out.println("  " + d));
        assertBars(score);
    }

    /**
     * Our own gold (src/test/resources/heldout: a 总结 with its next year's plan, a department's 工作要点, a leader's
     * speech; written by a helper who had not read the reader, its calls in NOTES.md). At first sight: detection F1
     * 1.000, kind 0.894, deadline F1 0.912, indicator 0.867 (BENCHMARKS.md). The bars are the held-out goals,
     * kind met after two general rules from it (0.920), which makes this set dev data now.
     */
    @Test
    void meetsTheHeldOutGoalsOnOurOwnGold() throws IOException, java.net.URISyntaxException {
        Path own = Path.of(ReaderAccuracyTests.class.getResource("/heldout").toURI());
        GoldScore score = score(own, own);
        System.out.println("own held-out gold: " + score);
        score.disagreements.forEach(d -> System.out.println("  " + d));
        assertThat(score.f1()).as("detection F1").isGreaterThanOrEqualTo(0.97);
        assertThat(score.kind()).as("kind").isGreaterThanOrEqualTo(0.92);
        assertThat(score.deadlineF1()).as("deadline F1").isGreaterThanOrEqualTo(0.90);
        assertThat(score.indicator()).as("indicator").isGreaterThanOrEqualTo(0.85);
    }

    /**
     * Three sets written blind on 2026-12-05 (src/test/resources/blind/reader-x, -y, -z: the commonest imports — a 总结 with
     * its next year's plan, a bureau's 工作要点, a dispatch speech, a November report, a Traditional quarter's plan, a 督查通报,
     * a 总结和计划 dated under its title, a 实施方案, 镇长办公会议纪要), kept as regression sets once their first sight was
     * recorded (BENCHMARKS.md; detection / kind / deadline F1 / indicator: x 1.000/0.967/0.958/0.863, y 0.991/0.937/0.985/0.828,
     * z 0.986/0.918/0.711/0.842). The bars hold what their lessons reached, a little under. (Ninth stop: what a plan will
     * check or visit is read as its work, a target, as ANNOTATION.md has it; reader-z's writer called 对全县1.2万户分散供水农户开展入户巡查
     * scope: its kind 0.912 → 0.906, the kind bar 0.91 → 0.90, while twenty-three other sets gained.)
     */
    @Test
    void holdsOnTheSetsWrittenBlind() throws IOException, java.net.URISyntaxException {
        for (String set : List.of("reader-x", "reader-y", "reader-z")) {
            Path dir = Path.of(ReaderAccuracyTests.class.getResource("/blind/" + set).toURI());
            GoldScore score = score(dir, dir);
            System.out.println(set + ": " + score);
            assertThat(score.f1()).as(set + " detection F1").isGreaterThanOrEqualTo(0.98);
            assertThat(score.kind()).as(set + " kind").isGreaterThanOrEqualTo(0.90);
            assertThat(score.deadlineF1()).as(set + " deadline F1").isGreaterThanOrEqualTo(0.93);
            assertThat(score.indicator()).as(set + " indicator").isGreaterThanOrEqualTo(0.82);
        }
    }

    /**
     * The last set of the stop (src/test/resources/blind/reader-aa: a township's 前三季度总结和四季度计划, a 督查通知, a bureau's
     * 整改情况报告), kept after its first sight (0.983 / 0.856 / 0.889 / 0.831). Its kind stays low where its gold and the
     * reader disagree: the ten 民生实事 a 督查通知's 督查内容 lists are targets to its writer, where the reader reads what a
     * notice says it will inspect as the frame of the inspection (see the stop's note). Bars under what it stands at.
     */
    @Test
    void holdsOnTheLastSetWrittenBlind() throws IOException, java.net.URISyntaxException {
        Path dir = Path.of(ReaderAccuracyTests.class.getResource("/blind/reader-aa").toURI());
        GoldScore score = score(dir, dir);
        System.out.println("reader-aa: " + score);
        assertThat(score.f1()).as("detection F1").isGreaterThanOrEqualTo(0.97);
        assertThat(score.kind()).as("kind").isGreaterThanOrEqualTo(0.84);
        assertThat(score.deadlineF1()).as("deadline F1").isGreaterThanOrEqualTo(0.87);
        assertThat(score.indicator()).as("indicator").isGreaterThanOrEqualTo(0.81);
    }

    /**
     * The sets of the 2026-12-06 stop, kept after their first sight (src/test/resources/blind/reader-ab: a bureau's 总结和计划,
     * a county 实施方案 notice, a 党委会议纪要; reader-ac: a township's 总结及思路, a 推进会 speech, a 督查通报 with a
     * 问题整改清单 of spaced cells; reader-ad: a township's 总结 and 打算, a bureau's 实施方案, a 督办通知 on 批示).
     * First sight (detection F1 / kind / deadline F1 / indicator): ab 0.984/0.963/0.841/0.902, ac 0.903/0.936/0.877/0.846
     * (its numbered rows, with no stop at their ends, were joined as a PDF's cut lines), ad 0.992/0.923/0.825/0.911, and
     * reader-ae (a bureau's 总结和安排, a township's 一季度安排 list, a 督查室 report with 建议) 0.998/0.958/0.905/0.875 — the
     * first set to meet every held-out goal for quantities at first sight; reader-af (a township's 总结和计划, a county's
     * 目标任务 notice a line a target, a 水利和森林防火 speech), written last, 0.992/0.968/0.778/0.904 at first sight — its
     * deadline F1 is its writer's least sure call: a trailing …，12月底前完成 dates the line's task but, to the writer, none
     * of its figures; the reader dates them with it. Kept at its first sight. Two more, written on 2026-12-06 beside the
     * stop's work: reader-ag (a bureau's 工作要点 with a 任务分解表, a township's 上半年总结和下半年打算, a 专项整治方案)
     * 0.991/0.944/0.877/0.909 and reader-ah (a 政府工作报告's targets, a township's 督查通报 with a 问题清单, a bureau head's
     * speech) 0.978/0.956/0.957/0.895 at first sight — ah met every quantity goal; ag's deadlines are the same contested call
     * as af's (a trailing …，6月底前全部开工 dates the figures before it, as the dev gold has it), kept. reader-ai (a 督查室's
     * 重点工作任务清单, a township's 前三季度总结和四季度安排, a bureau's 衔接资金项目实施方案 with a 项目清单 of spaced cells)
     * 0.982/0.929/0.885/0.838 and reader-aj (a 民生实事 notice, a 党委书记's 年终总结表彰大会 speech, a 巡察反馈问题整改方案)
     * 0.974/0.819/0.914/0.895 at first sight; aj's lesson (问题表现： opens the problem an item of a 整改方案 is about) took its
     * kind to 0.924. reader-ak (a township's 工作要点, a 领导小组办公室's 推进会纪要 of 议定事项, a bureau's 总结 with next year's
     * plan) met every held-out goal at first sight: 0.986/0.958/0.965/0.899, tasks 0.923. reader-al (a 三年行动方案 notice, a
     * township's 总结, a 督查通报 with 整改要求), written last: 0.985/0.928/0.854/0.845 at first sight; 夯实发展基础 heading
     * work, not a review, took its kind to 0.953 and deadline F1 to 0.906.
     * Bars under what their lessons took them to. (Ninth stop: 脱贫户和监测户 are households, no upkeep — reader-ai's 项目清单
     * rows are targets again, kind 0.929 → 0.959, and take their row's 完成时限, which its writer gave none of: deadline F1
     * 0.885 → 0.852, its bar 0.87 → 0.85.)
     */
    @Test
    void holdsOnTheSetsOfTheLastStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-ab", "0.97", "0.94", "0.82", "0.88"}, {"reader-ac", "0.97", "0.91", "0.86", "0.81"},
                {"reader-ad", "0.97", "0.93", "0.90", "0.89"}, {"reader-ae", "0.97", "0.94", "0.90", "0.85"},
                {"reader-af", "0.97", "0.95", "0.76", "0.88"}, {"reader-ag", "0.97", "0.93", "0.86", "0.89"},
                {"reader-ah", "0.96", "0.94", "0.94", "0.88"}, {"reader-ai", "0.97", "0.91", "0.85", "0.82"},
                {"reader-aj", "0.96", "0.91", "0.90", "0.88"}, {"reader-ak", "0.97", "0.94", "0.95", "0.88"},
                {"reader-al", "0.97", "0.94", "0.89", "0.83"}});
    }

    /**
     * The blind sets of this stop, each scored at first sight (detection F1 / kind / deadline F1 / indicator) before any rule
     * it taught: reader-am (a 常务会议纪要, a township's 考核自查报告 with scores, a 发改局's 重大项目推进方案 with a list of
     * projects) 0.949/0.853/0.814/0.853; reader-an (a township's 政府工作报告, a county's 衔接工作要点, a 批示件办理情况通报)
     * 0.968/0.909/0.931/0.909; reader-ao (a county's 目标任务 notice with its 分解表 written out, a township's 一季度总结和
     * 二季度计划, a 作风建设专项整治方案) 0.984/0.965/0.888/0.922 — it met every held-out quantity goal but deadline F1;
     * reader-ap (a township's 总结暨计划, a 住建局's 老旧小区改造 方案, a 政府办's 重点项目督办通知) 0.990/0.922/0.924/0.869 — every
     * held-out quantity goal met at first sight; reader-aq (a 农业农村局's 总结和思路, a 重点工作任务分解方案 notice, a township's
     * 督查反馈问题整改情况报告) 0.991/0.958/0.949/0.876 — every goal met at first sight too; reader-ar (a township's 工作要点
     * with 【责任单位】 lines, an 教育局's 总结和打算, a 安委会办公室's 岁末年初 notice), measured at 3d9a678 before its own lesson,
     * 0.965/0.833/0.871/0.901 — kind and deadline F1 under their goals. reader-an's lessons (a 督查通报's 限期办结要求 are work;
     * its head of issuers is none) took its kind to 0.943 and deadline F1 to 0.958. Bars under what they stand at.
     */
    @Test
    void holdsOnTheSetsOfThisStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-am", "0.94", "0.85", "0.81", "0.85"}, {"reader-an", "0.96", "0.94", "0.95", "0.90"},
                {"reader-ao", "0.98", "0.96", "0.88", "0.92"}, {"reader-ap", "0.98", "0.92", "0.92", "0.86"},
                {"reader-aq", "0.98", "0.95", "0.94", "0.87"}, {"reader-ar", "0.96", "0.83", "0.87", "0.90"}});
    }

    /**
     * The blind sets of the fourth stop of 2026-12-06: reader-as (a county's 重点工作任务分解方案 with 牵头单位/责任单位/完成时限
     * lines, a township's 目标责任制考核自查报告 with points, a 住建局's 老旧小区改造和城市更新实施计划) at first sight
     * 0.967/0.957/0.896/0.811, after its lessons (an assessment's points in 分 are quantities; 分值 is a weight; a sub-item's
     * （1） and a hotline after an item's number are no part of a name; 到位, 建成区 are words) 0.978/0.958/0.897/0.817;
     * reader-at (a 农业农村局's 总结及计划, a 督查室's 第四季度督查通报 with rankings and 整改 items, a township's 民生实事
     * 实施方案 written as lines of 项目名称/建设内容及规模/投资/责任单位/完成时限), scored after reader-as's lessons and before
     * any of its own, 0.976/0.922/0.849/0.834; reader-au (a county's 政府工作报告 part 二, a 县委办's 批示件办理情况通报, a township's
     * 乡村振兴总结暨思路), at 275d8a5, 0.980/0.938/0.893/0.898 — no lesson yet. Bars under what they stand at.
     */
    @Test
    void holdsOnTheSetsOfTheFourthStop() throws IOException, java.net.URISyntaxException {
        // (reader-as's indicator bar raised in the seventh stop, when a figure named only by how it stands came to take its list
        // item's label: 0.846 → 0.884)
        holds(new String[][]{{"reader-as", "0.97", "0.95", "0.89", "0.87"}, {"reader-at", "0.97", "0.91", "0.84", "0.83"},
                {"reader-au", "0.97", "0.93", "0.88", "0.89"}});
    }

    /**
     * The set written blind in the fifth stop: reader-av (a county's 民生实事项目实施方案 with sub-items and their own 时限, a
     * 督查室's monthly 督查情况通报 with scores and 整改 items, a 交通运输局's 总结和计划), scored at 666db80 before any lesson of its
     * own: 0.949/0.939/0.868/0.832. reader-aw (a 巡察反馈意见整改工作方案, a township's 一季度“开门红”工作方案 with 责任站所, a
     * 财政局's 预算执行情况和预算草案的报告), at 65a1289: 0.987/0.861/0.915/0.847; after its lessons (the measures under a problem
     * of a 整改方案 are remedies, a 预算草案 plans) kind 0.923, deadline F1 0.940. reader-ax (a 代表建议办理情况的报告, a 重点项目“百日攻坚”行动方案, a township's
     * 党委月度工作例会纪要), at 55657d4: 0.983/0.886/0.903/0.823 — its quantities taught nothing yet. Bars under what they stand at.
     */
    @Test
    void holdsOnTheSetsOfTheFifthStop() throws IOException, java.net.URISyntaxException {
        // (indicator bars raised in the sixth stop, when money put in came to be named with its 完成 or 计划: av 0.832 → 0.867,
        // ax 0.823 → 0.878)
        holds(new String[][]{{"reader-av", "0.94", "0.93", "0.86", "0.86"}, {"reader-aw", "0.98", "0.92", "0.93", "0.84"},
                {"reader-ax", "0.98", "0.91", "0.89", "0.87"}});
    }

    /**
     * The set written blind in the sixth stop: reader-ay (a township 党委书记's 抓基层党建述职报告 with a 2027年工作打算, a county's
     * 春耕备耕生产工作方案 with dated stages, a county's 生态环境保护督察反馈问题整改进展情况的报告), scored at 6abdd59 before any lesson
     * of its own: 0.978/0.914/0.874/0.862; after its lessons (整改目标： states targets and 整改进展： what was done; the level a
     * 调整为 starts from stands now; a year in a later clause dates that clause only) kind 0.945, deadline F1 0.926. Bars under
     * what they stand at. reader-az (a county's report on the 政府工作报告's targets of the year, a township's 1月份重点工作安排 week by
     * week, an 应急管理局's 防汛抗旱工作要点), at b774e22: 0.980/0.730/0.730/0.756; after its lesson (已完成的重点任务 reviews) kind
     * 0.860, deadline F1 0.764 — its indicators taught nothing yet.
     */
    @Test
    void holdsOnTheSetOfTheSixthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-ay", "0.97", "0.94", "0.92", "0.86"}, {"reader-az", "0.97", "0.85", "0.76", "0.84"}});
    }

    /**
     * The set written blind in the seventh stop: reader-ba (a county 发改局's 计划执行情况与计划草案的报告, a 生态环境分局's 污染防治攻坚战
     * 工作方案, a village's 工作总结和工作计划), scored at 428efb6 before any lesson of its own: 0.989/0.936/0.934/0.880; after its
     * lessons (高于年度计划1.2个百分点 is a result; how the plan was drafted, told at its end, is work done) kind 0.955, deadline F1
     * 0.946. (reader-az's indicator bar raised in the seventh stop, when a figure named only by how it stands came to take its
     * list item's label: 0.756 → 0.848.)
     */
    @Test
    void holdsOnTheSetOfTheSeventhStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-ba", "0.98", "0.95", "0.94", "0.87"}});
    }

    /**
     * The seventh stop's second set: reader-bb (a county's 目标责任考核指标体系 with 分值, 目标值 and 计分办法, a township's
     * 民生实事项目完成情况的报告 to its 人大主席团, a 深改委's 工作要点), at e847e10: 0.927/0.752/0.860/0.799 — no lesson taken. Its
     * misses are mostly an assessment's points (经济发展（40分）, a 7分 cell), which the reader reads only after a scoring word:
     * reading them all raised detection here (0.927 → 0.974) and on reader-av and -at, and lowered kind and indicator on five
     * earlier sets, whose writers call points by other kinds; not taken.
     */
    @Test
    void holdsOnTheSecondSetOfTheSeventhStop() throws IOException, java.net.URISyntaxException {
        // (eighth stop: a score right after its place or with a tenth, and 每项加0.5分 as a rule: 0.932/0.766/0.860/0.792)
        holds(new String[][]{{"reader-bb", "0.93", "0.76", "0.85", "0.79"}});
    }

    /**
     * The eighth stop's first set: reader-bc (a 县政府常务会议纪要, a 县林业局's 总结和思路, a 督查室's half-year 督查通报 ranking the
     * townships by score), at fb7d273 before any lesson: 0.959/0.873/0.875/0.900. Its misses were the ranking's scores
     * (岘口镇94.6分), read after no scoring word; reading a score right after its place (or its bracket), or with a tenth, and
     * naming it by the place: 0.984/0.879/0.875/0.904, with detection up on seven earlier sets and indicator down on reader-an
     * and -bb (0.943 → 0.940, 0.799 → 0.792) only.
     */
    @Test
    void holdsOnTheSetOfTheEighthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-bc", "0.98", "0.87", "0.87", "0.90"}});
    }

    /**
     * The eighth stop's second set: reader-bd (a county's 民生实事项目清单 grouped by the date each is due, an audit bureau's
     * rectification report, a party secretary's economic work speech), at cbc50ca: 0.966/0.730/0.757/0.763. The list's parts
     * (一、6月底前完成的项目) were read as reviews for their 完成; a heading of the date the work is due by now plans: kind 0.894,
     * no earlier set changed. Indicator names stay its weakest figure (list items named by their project, not their works).
     */
    @Test
    void holdsOnTheSecondSetOfTheEighthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-bd", "0.97", "0.89", "0.77", "0.76"}});
    }

    /**
     * The eighth stop's third set: reader-be (a 县卫生健康局's 2027年工作要点, a township's 考核自评 report with its points, a county's
     * report to the 人大常委会 on the deputies' suggestions), at 64fbe90: 0.975/0.802/0.634/0.734. The report's date stands in
     * brackets after the meeting (——在…会议上（2027年11月24日）) and was not read, so the document was taken for 2028's and its 明年
     * for 2029: deadline F1 0.748 once the line dates it, no other set changed. The ninth stop took its kinds: a 工作要点 that
     * first looks back (回顾2026年，…) reviews there and states its shortcomings (仍有不少短板：); a part of suggestions 正在解决和列入计划
     * reports; a self-assessment's level set (目标参保率96%, 县定目标95%, 县下达…任务4.3万亩) is a target, and 晚于预期, 谋划储备不足,
     * 违法占地图斑 state neither a plan nor a size: kind 0.925, deadline F1 0.803 (reader-as, -bc up; -at, -ba down by one).
     */
    @Test
    void holdsOnTheThirdSetOfTheEighthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-be", "0.97", "0.92", "0.80", "0.73"}});
    }

    /**
     * The ninth stop's four sets, each measured at first sight (detection F1 / kind / deadline F1 / indicator; tasks F1 / task
     * deadline / lead), before any rule it taught. reader-bf (a 统计局's 前三季度经济运行分析, a fund allocation notice, a township's
     * 工作简报), at 6d009da: 0.977/0.875/0.849/0.715; 0.833/0.967/0.600. reader-bg (a 乡长's 述职述廉报告, a three-year plan's
     * 中期评估 with 方案目标/进展情况/差距分析, 冬春安全生产措施 with a 牵头/协同/时间节点 line per measure), at 6d009da:
     * 0.987/0.814/0.829/0.856; 0.916/0.939/0.980 — what a plan will check or visit is its work (a target), which took its kind
     * to 0.854. reader-bh (a 巡察情况通报, a township's 一季度开门红 report, a 督查室's 招商引资 专报 with a ranking and 督办要求), at
     * bdeecc1: 0.980/0.893/0.667/0.881; 0.831/0.781/0.875 — the 专报 dated on its issuer's line (…督查室2028年2月22日) and its
     * 督办要求 items addressed to townships ((一)垟坑乡：3月底前…) read as the plan's, not the townships' own text: deadline F1
     * 0.803, kind 0.903, task deadline 0.875. reader-bi (a 教育体育局's 学年总结和计划, a 县委全会报告 excerpt, a 住建局's reply
     * to a deputy's suggestion), at bdeecc1: 0.990/0.926/0.837/0.885; 0.775/0.837/0.837, no lesson taken.
     */
    @Test
    void holdsOnTheSetsOfTheNinthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-bf", "0.97", "0.87", "0.84", "0.71"}, {"reader-bg", "0.98", "0.85", "0.82", "0.85"},
                {"reader-bh", "0.98", "0.90", "0.80", "0.88"}, {"reader-bi", "0.98", "0.92", "0.83", "0.88"}});
    }

    /**
     * The tenth stop's two sets, measured at first sight at f4db3bc (detection F1 / kind / deadline F1 / indicator; tasks F1 /
     * task deadline / lead). reader-bj (a 医疗保障局's 上半年总结和下半年打算, a 人大常委会 执法检查报告, a 发改局's 以工代赈
     * 项目实施方案): 0.982/0.879/0.855/0.907; 0.923/0.875/0.896. reader-bk (a 副县长's 文明城市创建 百日攻坚 speech, a
     * 衔接资金项目 绩效自评报告, a township's 防汛防台和地质灾害防治 工作方案): 0.976/0.832/0.862/0.848; 0.807/0.864/0.909. A time word
     * binds every clause only when it opens the sentence (deadline F1 0.879 and 0.902), and a review's set level (绩效目标为…) and
     * the year's plan told beside what is done (今年计划再安排…) are targets (kind 0.881 and 0.852). Two more, measured at first
     * sight at 3cbb6a3 and kept with no lesson taken: reader-bl (a 水利局's 汛期工作总结 with its winter repair plan, a township
     * 党委's 党建工作要点, a 市场监管局's 校园食品安全专项整治方案): 0.966/0.883/0.884/0.849; 0.788/0.885/0.846. reader-bm (a 督查室's
     * 三季度民生实事督查通报 with an annex of projects, a 乡长's 民生实事 report to the township congress, a 商务局's 总结和思路):
     * 0.980/0.836/0.916/0.863; 0.658/0.808/1.000 — a 督查通报's plan-and-done pairs (计划实施95公里，完成58公里) are read as plans.
     */
    @Test
    void holdsOnTheSetsOfTheTenthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-bj", "0.98", "0.87", "0.87", "0.90"}, {"reader-bk", "0.97", "0.85", "0.90", "0.84"},
                {"reader-bl", "0.96", "0.88", "0.88", "0.84"}, {"reader-bm", "0.97", "0.83", "0.91", "0.86"}});
    }

    /**
     * The eleventh stop's four sets, each measured at first sight (detection F1 / kind / deadline F1 / indicator; tasks F1 / task
     * deadline / lead). reader-bn (a 交通运输局's 一季度情况和二季度重点, a county's 年度目标责任考核结果通报, a 卫生院's 基本公共卫生
     * 服务 总结), at 59771cf: 0.965/0.704/0.876/0.843; 0.600/0.875/0.875 — the 考核结果通报 read as a plan (its title's 目标责任考核
     * named a target): an assessment's name is no target and 考核结果 reports (kind 0.895). reader-bo (a 文广旅局's 文旅融合行动计划,
     * a 纪委监委 and 县委办's 基层减负 report, a township's reply to a 督办件), at 59771cf: 0.951/0.850/0.791/0.807; 0.750/0.758/0.818,
     * no lesson taken. reader-bp (a 县政府常务会议纪要, a 人社局's 稳就业方案, a 督查室's 红黑榜 bulletin), at d529fbc:
     * 0.960/0.850/0.827/0.881; 0.646/0.742/0.968, no lesson taken. reader-bq (a township's 政府工作报告, an 审计局's 审计整改 report, a
     * 乡村振兴办's 调研报告), at d529fbc: 0.977/0.816/0.909/0.784; 0.795/0.909/0.818 — a 调研报告 reports and its 对策建议 part plans
     * (kind 0.872, deadline F1 0.932). Two more at 270d39f, no lesson taken: reader-br (an 应急管理局's 安全生产月 summary, a 住建局's
     * 老旧小区改造实施方案, a 副县长's 项目建设推进会 speech): 0.982/0.928/0.963/0.752; 0.840/0.920/0.760. reader-bs (a 生态环境局's
     * 督察反馈问题整改进展 report, an 教育体育局's 春季学期开学方案, a 林业局's 林长制 总结和要点): 0.975/0.928/0.934/0.835;
     * 0.739/0.976/0.829 — the first two held-out sets to meet the kind goal (0.92) at first sight.
     */
    @Test
    void holdsOnTheSetsOfTheEleventhStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-bn", "0.96", "0.89", "0.88", "0.84"}, {"reader-bo", "0.95", "0.84", "0.79", "0.80"},
                {"reader-bp", "0.95", "0.84", "0.82", "0.88"}, {"reader-bq", "0.97", "0.87", "0.93", "0.78"},
                {"reader-br", "0.98", "0.92", "0.96", "0.75"}, {"reader-bs", "0.97", "0.92", "0.93", "0.83"}});
    }

    /**
     * The twelfth stop's sets, each at first sight (detection F1 / kind / deadline F1 / indicator). reader-bt (a 商务局's 促消费
     * report, a 住建局's 老旧小区改造和城市更新方案, a township 党委's 党建 half-year summary) and reader-bu (an 审计局's 审计整改
     * report to the 人大常委会, a 人社局's 稳就业方案, a 县委书记's 经济工作会议 speech), at d887483: 0.978/0.911/0.919/0.749 and
     * 0.973/0.903/0.941/0.741. reader-bv (a 市场监管局's 食品安全 summary, a 自然资源局's 耕地保护和卫片执法方案, a township's 督查
     * 督办 bulletin) and reader-bw (a 发改局's 重点项目 report to the 人大常委会, a 民政局's 养老服务方案, a 副县长's 安全生产和防汛
     * speech), at 274922e: 0.970/0.932/0.900/0.789 and 0.962/0.857/0.894/0.759. Their lessons were of tasks (TaskProposalTests);
     * bu's kind is 0.900 since a speech's 第一，第二 and a plan's head noun made parts plans.
     */
    @Test
    void holdsOnTheSetsOfTheTwelfthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-bt", "0.97", "0.91", "0.91", "0.74"}, {"reader-bu", "0.97", "0.89", "0.94", "0.74"},
                {"reader-bv", "0.96", "0.93", "0.89", "0.78"}, {"reader-bw", "0.96", "0.85", "0.89", "0.75"}});
    }

    /**
     * The thirteenth stop's sets, each at first sight (detection F1 / kind / deadline F1 / indicator), read by b173335's code before
     * by's lessons: reader-bx (a 督查室's 督查专报 on 十件民生实事, a township's 乡村振兴重点工作任务清单, a 卫生健康局's 医共体 report)
     * 0.965/0.904/0.857/0.784 and reader-by (a 生态环境局's 大气污染防治攻坚方案, a 县长's speech at the government's first plenary
     * meeting, a 县政府办's notice dividing the first quarter's work) 0.979/0.828/0.895/0.808. by's speech charged each department
     * in a sentence of its own under a plan's heading, which read as the department's pasted text; bx's 拟于2031年一季度 took the
     * review's year. Now 0.965/0.904/0.886/0.784 and 0.979/0.862/0.922/0.808. A second round at cc10558: reader-bz (a 农业农村局's
     * 春耕生产和农田水利方案, a township's 2030 总结 and 2031 打算, a 督查室's 督办通知 on year-end findings) 0.989/0.792/0.916/0.792 —
     * its 查实情况：… lines read as work to do; now 0.989/0.896/0.945/0.792 — and reader-ca (a 交通运输局's 四好农村路 report to the
     * 人大常委会, a 县委副书记's 乡村振兴 speech, a township's 一季度 督查通报) 0.977/0.926/0.870/0.803, no lesson taken.
     */
    @Test
    void holdsOnTheSetsOfTheThirteenthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-bx", "0.96", "0.90", "0.88", "0.78"}, {"reader-by", "0.97", "0.86", "0.92", "0.80"},
                {"reader-bz", "0.98", "0.89", "0.94", "0.79"}, {"reader-ca", "0.97", "0.92", "0.87", "0.80"}});
    }

    /**
     * The fourteenth stop's sets, each at first sight (detection F1 / kind / deadline F1 / indicator) at 9124933: reader-cb (an
     * 应急管理局's 安全生产和防灾减灾工作要点, a township's 考核自评报告 with its points, a 专题会议纪要 on 老旧小区改造)
     * 0.984/0.841/0.870/0.735 — the minutes' 会议议定的事项 was no plan's heading, its decisions read as done, and a 工作要点's
     * opening paragraphs of last year's results after the first (2030年，… then 全年先后经历…) read as the plan's; now
     * 0.984/0.882/0.916/0.735 — and reader-cc (a 农业农村局's 粮食生产和高标准农田 总结, a 督查室's 督办通知 on lagging 民生实事, a
     * 街道's half-year 总结和打算) 0.975/0.879/0.943/0.839, no lesson taken.
     */
    @Test
    void holdsOnTheSetsOfTheFourteenthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-cb", "0.98", "0.88", "0.91", "0.73"}, {"reader-cc", "0.97", "0.87", "0.94", "0.83"}});
    }

    /**
     * The fourteenth stop's second round, at first sight at d0e12bb and kept there, no lesson taken: reader-cd (a 市场监管局's
     * 食品安全工作计划, a 党委书记's 述职报告, a 人大常委会 执法检查 report) 0.975/0.840/0.894/0.759 and reader-ce (a 发改局's 重点项目建设计划
     * with its projects in prose, a township's 11月 月报, a 纪委监委's 通报 on 形式主义官僚主义) 0.980/0.846/0.834/0.721.
     */
    @Test
    void holdsOnTheSecondRoundOfTheFourteenthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-cd", "0.97", "0.83", "0.89", "0.75"}, {"reader-ce", "0.97", "0.84", "0.83", "0.71"}});
    }

    /**
     * The fifteenth stop's sets, at first sight at 076635a: reader-cf (a 交通运输局's 三年行动方案 with each year's figures in one
     * sentence, a township's 前三季度总结 and 四季度打算, a 督查室's batch of 交办单 from one 常务会议) 0.984/0.856/0.701/0.778 and
     * reader-cg (a 政府工作报告's review and targets, a 督查通报 whose rows are written out as 任务：…进展：…下步措施：…, a township's
     * 情况汇报 to a 调研组) 0.977/0.805/0.803/0.824. Lessons: a run-in field (进展：, 存在问题：, 下步措施：) sets the part of the
     * sentences after it; 会议要求，… is work to be done, dated by the time word right after it; 今年前8批 is no date. Now
     * 0.984/0.915/0.802/0.778 and 0.977/0.875/0.954/0.824.
     */
    @Test
    void holdsOnTheSetsOfTheFifteenthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-cf", "0.98", "0.91", "0.80", "0.77"}, {"reader-cg", "0.97", "0.87", "0.95", "0.82"}});
    }

    /**
     * The fifteenth stop's second round, at first sight at 5f4922c: reader-ch (a 乡村振兴实绩考核评分细则 with 分值, 目标值, 评分标准 and
     * last year's 实绩 on each line, a township's 防汛抗旱应急工作方案 with response levels, a 县委书记's quarter speech)
     * 0.942/0.647/0.894/0.799 — its 评分标准： fields read as targets; now kind 0.806; reader-ci (a kindergarten's 项目实施方案, a township's 周调度通报, a bureau's 巡察整改进展
     * report) 0.983/0.673/0.741/0.828 — its week's progress under a 重点工作 title was read as a plan; now 0.983/0.919/0.848/0.828.
     */
    @Test
    void holdsOnTheSecondRoundOfTheFifteenthStop() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-ch", "0.94", "0.80", "0.89", "0.79"}, {"reader-ci", "0.98", "0.91", "0.84", "0.82"}});
    }

    /**
     * The sixteenth stop's sets, at first sight at f57f35a (cj, ck) and deb0efd (cl, cm): reader-cj (a county's 五年规划纲要 with
     * its indicator lines, a 目标管理责任书, a 统计公报) 0.949/0.773/0.750/0.790 — the 规划纲要 was not known for a plan and its
     * 到2033年 milestones read as done; now kind 0.880, deadline F1 0.951; reader-ck (a 表态发言, a 重点项目观摩评比通报, a 议案办理
     * 工作方案) 0.977/0.866/0.878/0.715, kept there; reader-cl (a 民生实事候选项目征求意见稿, a 述职评议点评意见, a bureau's 总结 of
     * indicator lines apart by " / ") 0.981/0.675/0.891/0.740 — a 候选项目公示（征求意见稿） was not known for a plan; now kind 0.789, deadline F1 0.902; reader-cm (a 汛后总结, a batch of 催办通知, a quarter's
     * 招商引资 汇报) 0.958/0.770/0.536/0.713 — its 二季度目标和工作措施 read as review; now kind 0.826, deadline F1 0.737;
     * reader-cl's " / " lines read as a table since the seventeenth stop: kind 0.849, indicator 0.860.
     * The seventeenth stop's, at first sight at 23daa98: reader-cn (a 目标管理责任书 in articles, a 人大常委会审议意见 with the
     * government's 研究处理情况, a 重点项目周调度 of numbered " / " rows) 0.940/0.512/0.585/0.719 — the 责任书 read as review and
     * the numbered rows as plan items; now kind 0.826, deadline F1 0.649, indicator 0.769; reader-co (a 科技特派员工作方案, a
     * 综合考核办法 with its 评分细则, a 森林火灾专项应急预案) 0.888/0.500/0.920/0.716 — the points the rules give read as
     * targets; now kind 0.619.
     */
    @Test
    void holdsOnTheSetsOfTheSixteenthAndSeventeenthStops() throws IOException, java.net.URISyntaxException {
        holds(new String[][]{{"reader-cj", "0.94", "0.87", "0.95", "0.78"}, {"reader-ck", "0.97", "0.86", "0.87", "0.71"},
                {"reader-cl", "0.98", "0.84", "0.90", "0.85"}, {"reader-cm", "0.95", "0.82", "0.73", "0.71"},
                {"reader-cn", "0.93", "0.82", "0.64", "0.76"}, {"reader-co", "0.88", "0.61", "0.91", "0.71"}});
    }

    /** Each blind set kept in the test resources meets its bars: {name, detection F1, kind, deadline F1, indicator}. */
    private static void holds(String[][] sets) throws IOException, java.net.URISyntaxException {
        for (String[] set : sets) {
            Path dir = Path.of(ReaderAccuracyTests.class.getResource("/blind/" + set[0]).toURI());
            GoldScore score = score(dir, dir);
            System.out.println(set[0] + ": " + score);
            assertThat(score.f1()).as(set[0] + " detection F1").isGreaterThanOrEqualTo(Double.parseDouble(set[1]));
            assertThat(score.kind()).as(set[0] + " kind").isGreaterThanOrEqualTo(Double.parseDouble(set[2]));
            assertThat(score.deadlineF1()).as(set[0] + " deadline F1").isGreaterThanOrEqualTo(Double.parseDouble(set[3]));
            assertThat(score.indicator()).as(set[0] + " indicator").isGreaterThanOrEqualTo(Double.parseDouble(set[4]));
        }
    }

    private static void assertBars(GoldScore score) {
        assertThat(score.f1()).as("detection F1; misses: %s", score.misses).isGreaterThanOrEqualTo(0.97);
        assertThat(score.normalisation()).as("normalisation").isGreaterThanOrEqualTo(0.99);
        assertThat(score.kind()).as("kind").isGreaterThanOrEqualTo(0.97);
        assertThat(score.comparator()).as("comparator").isGreaterThanOrEqualTo(0.98);
        assertThat(score.deadlineF1()).as("deadline F1").isGreaterThanOrEqualTo(0.90);
        assertThat(score.indicator()).as("indicator").isGreaterThanOrEqualTo(0.90);
    }

    /**
     * Each document on its own (the reader is rules, not a model trained on the rest, so leaving
     * one document out is reading it alone): a rule that fits one document and breaks the others
     * shows as one document far below the rest. The bar is lower than the whole set's, as one
     * document holds few targets or deadlines to average over.
     */
    @Test
    void holdsOnEachDocumentAlone() throws IOException {
        Path dev = SharedCorpus.dev();
        List<String> below = new ArrayList<>();
        for (Path gold : golds(dev)) {
            GoldScore one = score(List.of(gold), dev);
            System.out.println("  alone " + gold.getFileName() + ": " + one);
            if (one.f1() < 0.95 || one.kind() < 0.85 || one.normalisation() < 0.98 || one.indicator() < 0.75) {
                below.add(gold.getFileName() + " " + one);
            }
        }
        assertThat(below).isEmpty();
    }

    static GoldScore score(Path goldDir, Path textDir) throws IOException {
        return score(golds(goldDir), textDir);
    }

    private static List<Path> golds(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".gold.jsonl")).sorted().toList();
        }
    }

    static GoldScore score(List<Path> golds, Path textDir) throws IOException {
        GoldScore score = new GoldScore();
        assertThat(golds).isNotEmpty();
        for (Path goldFile : golds) {
            String doc = goldFile.getFileName().toString().replace(".gold.jsonl", "");
            byte[] bytes = Files.readAllBytes(textDir.resolve(doc + ".txt"));
            Extraction e = Reader.read(doc, DocumentText.read(doc + ".txt", bytes), null);
            List<Map<String, Object>> predicted = new ArrayList<>();
            for (String line : ExtractionJson.jsonl(e.quantities()).split("\n")) {
                if (!line.isBlank()) {
                    predicted.add(JSON.readValue(line, RECORD));
                }
            }
            List<Map<String, Object>> gold = new ArrayList<>();
            for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    gold.add(JSON.readValue(line, RECORD));
                }
            }
            score.add(gold, predicted);
        }
        return score;
    }
}
