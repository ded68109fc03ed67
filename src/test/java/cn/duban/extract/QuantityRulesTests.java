package cn.duban.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edge rules of ANNOTATION.md, each on a sentence of our own. */
class QuantityRulesTests {

    private static List<Quantity> read(String text) {
        return Reader.read("t", text, 2024).quantities();
    }

    private static Quantity only(String text) {
        List<Quantity> qs = read(text);
        assertThat(qs).as("quantities in %s", text).hasSize(1);
        return qs.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            全县完成固定资产投资12.5亿元。        | 12.5亿元  | 12.5  | 亿元 | 1250000000 | 元
            新建标准化厂房三座。                | 三座     | 3     | 座   | 3          | 座
            流转土地1.2万亩。                  | 1.2万亩  | 1.2   | 万亩 | 12000      | 亩
            发放补贴130多万元。                | 130多万元 | 130   | 万元 | 1300000    | 元
            商会贷已授信20亿。                 | 20亿     | 20    | 亿   | 2000000000 | ''
            粮食产量增长9%。                  | 9%      | 9     | %   | 9          | %
            建成住房35000平方。                | 35000平方 | 35000 | 平方 | 35000      | 平方
            拆除危旧房1万6千余平方。             | 1万6千余平方 | 1.6 | 万平方 | 16000    | 平方
            实现税收60万元/年。                 | 60万元   | 60    | 万元  | 600000     | 元
            补贴标准为每亩1200元/亩。            | 1200元/亩 | 1200  | 元/亩 | 1200       | 元/亩
            收缴密目网30余副。                  | 30余副   | 30    | 副   | 30         | 副
            一到十一月产干茶四十六万八千斤。         | 四十六万八千斤 | 468000 | 斤 | 468000 | 斤
            搬迁劳动力就业一千二百三十一人。         | 一千二百三十一人 | 1231 | 人 | 1231 | 人
            十一月又新修了三点二公里。             | 三点二公里 | 3.2 | 公里 | 3.2 | 公里
            网络零售额做到了四点八个亿。            | 四点八个亿 | 4.8 | 亿 | 480000000 | ''
            化解率达到百分之九十七点八。            | 百分之九十七点八 | 97.8 | % | 97.8 | %
            新增并网装机五千二百千瓦。             | 五千二百千瓦 | 5200 | 千瓦 | 5200 | 千瓦
            PM2.5平均浓度为31.2微克/立方米。       | 31.2微克/立方米 | 31.2 | 微克/立方米 | 31.2 | 微克/立方米
            累计开展执法检查1360家次。            | 1360家次 | 1360 | 家次 | 1360 | 家次
            臭氧超标天数达到19天。                | 19天 | 19 | 天 | 19 | 天
            """)
    void normalisesValuesAndUnits(String sentence, String surface, String value, String unit, String base, String baseUnit) {
        Quantity q = only(sentence);
        assertThat(q.surface()).isEqualTo(surface);
        assertThat(q.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.baseValue()).isEqualByComparingTo(new BigDecimal(base));
        assertThat(q.baseUnit()).isEqualTo(baseUnit);
    }

    @Test
    void placeholdersCountOnlyWhereAnAmountWouldStand() {
        List<Quantity> qs = read("xx镇在XX村完成改厕XX户,第x位,XXXX年完成率达到*%,投入x万元。");
        assertThat(qs).extracting(Quantity::surface).containsExactly("XX户", "*%", "x万元");
        assertThat(qs).allSatisfy(q -> {
            assertThat(q.placeholder()).isTrue();
            assertThat(q.value()).isNull();
            assertThat(q.baseValue()).isNull();
        });
    }

    @Test
    void datesOrdinalsCodesSlogansAndFrameworksAreNotQuantities() {
        assertThat(read("2023年3月1日,第二次会议研究S216公路和\"345\"工作思路,从三个方面推进十大攻坚战,做到两不愁三保障。"))
                .isEmpty();
        assertThat(read("坚持一村一品、一户一策,一步一个脚印,每月两次开展巡查,实行24小时值班。")).isEmpty();
        assertThat(read("建设千亩示范片,落实中央八项规定。")).isEmpty();
        assertThat(read("开展为期30天的集中行动,3天内办结。")).as("how long, not days counted").isEmpty();
    }

    @Test
    void rangesAndListsGiveOneRecordPerNumber() {
        assertThat(read("在甲村(3000亩)、乙村(2000亩)建设高标准农田,每亩补助3-5万元。"))
                .extracting(Quantity::surface).containsExactly("3000亩", "2000亩", "3", "5万元");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            确保粮食播种面积稳定在10万亩以上。        | >=
            全年新增就业不少于500人。               | >=
            销售额突破3亿元。                      | >=
            安全事故死亡人数控制在2人以内。          | <=
            村级债务不超过50万元。                  | <=
            新增就业约300人。                      | =
            培训农民200余人次。                    | =
            """)
    void readsComparators(String sentence, String comparator) {
        assertThat(only(sentence).comparator()).isEqualTo(comparator);
    }

    @Test
    void capacityIsReadOnlyFromTheWordItself() {
        assertThat(only("二、下一步打算\n推动年产5万吨饲料项目落地。").kind()).isEqualTo("other");
        assertThat(only("二、下一步打算\n预计明年产生税收300万元。").kind()).isEqualTo("target");
    }

    @Test
    void thresholdInsideAnIndicatorIsItsOwnQuantity() {
        List<Quantity> qs = read("确保2024年集体经济年收入20万元以上的村达到80%以上。");
        assertThat(qs).extracting(Quantity::surface).containsExactly("20万元", "80%");
        assertThat(qs).extracting(Quantity::comparator).containsExactly(">=", ">=");
    }

    /** Spoken forms that are words, not amounts: an idiom with 十万, 三点 as "three points", a range 两三千万. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            这件事十万火急。
            我讲三点意见。
            大概需要两三千万。
            干部群众心往一处想。
            每季度召开1次总河长会议。
            开展联合巡查每月不少于2次。
            做到发现一处、整治一处。
            一座座小水电站给河流留足了生态水。
            """)
    void spokenWordsThatAreNoAmount(String sentence) {
        assertThat(read(sentence)).as(sentence).isEmpty();
    }

    @Test
    void anotherCurrencyIsItsOwnUnitAndSharedPointsAreShared() {
        assertThat(read("全镇统防统治作业6.2万亩次。")).singleElement().satisfies(q -> assertThat(q.unit()).isEqualTo("万亩次"));
        assertThat(read("全镇外贸进出口总额达到8900万美元。")).singleElement().satisfies(q -> {
            assertThat(q.surface()).isEqualTo("8900万美元");
            assertThat(q.unit()).isEqualTo("万美元");
        });
        assertThat(read("高血压、糖尿病管理率分别低于指标值0.6个和1.2个百分点。")).extracting(Quantity::unit).containsExactly("个百分点", "个百分点");
    }

    @Test
    void aRepeatedMeasureWordIsNoCountOnlyAfterOne() {
        assertThat(read("带动脱贫户126户户均增收1800元。")).extracting(Quantity::surface).containsExactly("126户", "1800元");
        assertThat(read("一户户走访，一座座修缮。")).isEmpty();
    }

    @Test
    void aVoltageClassNamesAStationAndATransformerCapacityIsInKva() {
        assertThat(read("完成开发区110千伏变电站扩建，新增变电容量5万千伏安。")).extracting(Quantity::surface).containsExactly("5万千伏安");
    }
}
