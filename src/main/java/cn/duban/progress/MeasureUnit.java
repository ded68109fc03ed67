package cn.duban.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit of measure as offices write it — a magnitude (万, 亿…) before a base (元, 亩, 公里, 户…) — and
 * what it measures, so a figure can be put into an indicator's own unit: 38600万元 → 3.86亿元, 12600米 →
 * 12.6公里, 10500亩 → 1.05万亩, 2.86兆瓦 → 2860千瓦. Two units convert only within one dimension (money,
 * area, length, weight, power, energy, a ratio, households, people, person-times, events, things);
 * counted things keep their measure word apart (户 are not 人), except that the general 个 stands for
 * any thing (3家企业 fills an indicator counted in 个).
 *
 * @param written   the unit as written (万亩)
 * @param dimension what it measures (area)
 * @param base      the base unit (亩)
 * @param factor    how many of the dimension's standard unit one of it is (万亩 → 10,000 亩; area's standard unit is 亩)
 */
record MeasureUnit(String written, String dimension, String base, BigDecimal factor) {

    static final String MONEY = "money";
    static final String LENGTH = "length";
    static final String RATIO = "ratio";
    static final String THINGS = "things";
    static final String EVENTS = "events";

    /** Magnitudes, longest first so 万亿 is not read as 万. */
    private static final List<Map.Entry<String, BigDecimal>> MAGNITUDES = List.of(
            Map.entry("万亿", new BigDecimal("1e12")), Map.entry("千万", new BigDecimal("1e7")),
            Map.entry("百万", new BigDecimal("1e6")), Map.entry("十万", new BigDecimal("1e5")),
            Map.entry("万", new BigDecimal("1e4")), Map.entry("亿", new BigDecimal("1e8")),
            Map.entry("千", new BigDecimal("1e3")), Map.entry("百", new BigDecimal("1e2")));

    /** Base units: dimension and size in the dimension's standard unit. */
    /** One 平方米 in 亩, exactly (a 亩 is 2000/3 平方米). */
    private static final BigDecimal AREA_M2 = new BigDecimal("0.0015");
    private static final Map<String, Object[]> BASES = Map.ofEntries(
            Map.entry("元", new Object[]{MONEY, BigDecimal.ONE}),
            // Area is counted in 亩, the unit offices measure land in: 1 平方米 is exactly 0.0015 亩 and 1 公顷 15 亩, where
            // 亩 in 平方米 (666.666…) has no exact decimal and left 165亩 → 11.0000000004公顷.
            Map.entry("平方米", new Object[]{"area", AREA_M2}), Map.entry("平方", new Object[]{"area", AREA_M2}),
            Map.entry("㎡", new Object[]{"area", AREA_M2}), Map.entry("m²", new Object[]{"area", AREA_M2}),
            Map.entry("亩", new Object[]{"area", BigDecimal.ONE}),
            Map.entry("公顷", new Object[]{"area", new BigDecimal("15")}),
            Map.entry("平方公里", new Object[]{"area", new BigDecimal("1500")}),
            Map.entry("平方千米", new Object[]{"area", new BigDecimal("1500")}),
            Map.entry("米", new Object[]{LENGTH, BigDecimal.ONE}), Map.entry("延米", new Object[]{LENGTH, BigDecimal.ONE}),
            Map.entry("m", new Object[]{LENGTH, BigDecimal.ONE}),
            Map.entry("公里", new Object[]{LENGTH, new BigDecimal("1000")}),
            Map.entry("千米", new Object[]{LENGTH, new BigDecimal("1000")}),
            Map.entry("km", new Object[]{LENGTH, new BigDecimal("1000")}),
            // blood donated, water supplied: 1 升 is 1000 毫升
            Map.entry("毫升", new Object[]{"volume", BigDecimal.ONE}), Map.entry("升", new Object[]{"volume", new BigDecimal("1000")}),
            Map.entry("吨", new Object[]{"weight", new BigDecimal("1000")}), Map.entry("公斤", new Object[]{"weight", BigDecimal.ONE}),
            Map.entry("千克", new Object[]{"weight", BigDecimal.ONE}), Map.entry("kg", new Object[]{"weight", BigDecimal.ONE}),
            Map.entry("斤", new Object[]{"weight", new BigDecimal("0.5")}),
            Map.entry("瓦", new Object[]{"power", new BigDecimal("0.001")}),
            Map.entry("千瓦", new Object[]{"power", BigDecimal.ONE}), Map.entry("kW", new Object[]{"power", BigDecimal.ONE}),
            Map.entry("兆瓦", new Object[]{"power", new BigDecimal("1000")}), Map.entry("MW", new Object[]{"power", new BigDecimal("1000")}),
            Map.entry("GW", new Object[]{"power", new BigDecimal("1e6")}),
            Map.entry("千瓦时", new Object[]{"energy", BigDecimal.ONE}), Map.entry("kWh", new Object[]{"energy", BigDecimal.ONE}),
            Map.entry("度", new Object[]{"energy", BigDecimal.ONE}),
            Map.entry("立方米", new Object[]{"volume", BigDecimal.ONE}), Map.entry("立方", new Object[]{"volume", BigDecimal.ONE}),
            Map.entry("方", new Object[]{"volume", BigDecimal.ONE}),
            Map.entry("%", new Object[]{RATIO, BigDecimal.ONE}), Map.entry("％", new Object[]{RATIO, BigDecimal.ONE}),
            // 千人口献血率11.4‰: a rate per thousand, a tenth of a percent
            Map.entry("‰", new Object[]{RATIO, new BigDecimal("0.1")}),
            Map.entry("个百分点", new Object[]{"points", BigDecimal.ONE}), Map.entry("百分点", new Object[]{"points", BigDecimal.ONE}),
            Map.entry("户", new Object[]{"households", BigDecimal.ONE}),
            Map.entry("人", new Object[]{"people", BigDecimal.ONE}), Map.entry("名", new Object[]{"people", BigDecimal.ONE}),
            Map.entry("位", new Object[]{"people", BigDecimal.ONE}),
            Map.entry("人次", new Object[]{"person-times", BigDecimal.ONE}), Map.entry("户次", new Object[]{"household-times", BigDecimal.ONE}),
            // 防治作业4.2万亩次: an area worked over as many times as it was treated
            Map.entry("亩次", new Object[]{"area-times", BigDecimal.ONE}),
            Map.entry("次", new Object[]{EVENTS, BigDecimal.ONE}), Map.entry("场", new Object[]{EVENTS, BigDecimal.ONE}),
            Map.entry("场次", new Object[]{EVENTS, BigDecimal.ONE}), Map.entry("期", new Object[]{EVENTS, BigDecimal.ONE}),
            Map.entry("轮", new Object[]{EVENTS, BigDecimal.ONE}), Map.entry("批次", new Object[]{EVENTS, BigDecimal.ONE}),
            Map.entry("车次", new Object[]{EVENTS, BigDecimal.ONE}), Map.entry("辆次", new Object[]{EVENTS, BigDecimal.ONE}),
            Map.entry("倍", new Object[]{"times", BigDecimal.ONE}),
            // an assessment's points (自评得分88.6分): no count of things
            Map.entry("分", new Object[]{"score", BigDecimal.ONE}));

    /** The measure word every counted thing may be written with. */
    static final String ANY_THING = "个";
    /** Measure words of printed matter and packets: 份, 张, 本, 册, 篇, 页, 盒, 袋. */
    private static final String PRINTED = "份张本册篇页盒袋";

    /** The unit as written, or empty when it is none Duban can compare (a rate per 亩, a bare word). */
    static Optional<MeasureUnit> of(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String w = written.strip();
        if (w.isEmpty() || w.contains("/")) {
            return Optional.empty();
        }
        Object[] base = BASES.get(w);
        if (base != null) {
            return Optional.of(new MeasureUnit(w, (String) base[0], w, (BigDecimal) base[1]));
        }
        for (Map.Entry<String, BigDecimal> m : MAGNITUDES) {
            if (w.startsWith(m.getKey())) {
                String rest = w.substring(m.getKey().length());
                if (rest.isEmpty()) {
                    // A bare 万 or 亿 (投资2000万) is money as offices write it.
                    return m.getKey().equals("万") || m.getKey().equals("亿")
                            ? Optional.of(new MeasureUnit(w, MONEY, "元", m.getValue()))
                            : Optional.empty();
                }
                Object[] b = BASES.get(rest);
                if (b != null && !(RATIO.equals(b[0]))) {
                    return Optional.of(new MeasureUnit(w, (String) b[0], rest, m.getValue().multiply((BigDecimal) b[1])));
                }
                // 万株, 万只, 万头, 万册次: so many ten-thousands of a counted thing.
                // (12万左右, 500万以上, 3.2万余人 are bounds and round figures, no unit)
                if (b == null && rest.length() <= 2 && rest.codePoints().allMatch(Character::isIdeographic)
                        && "余多以左上来".indexOf(rest.charAt(0)) < 0) {
                    return Optional.of(new MeasureUnit(w, counted(rest), rest, m.getValue()));
                }
                return Optional.empty();
            }
        }
        // Any other measure word the reader knows counts a thing: 个, 家, 座, 处, 所, 条, 项…
        if (w.length() <= 2 && w.codePoints().allMatch(Character::isIdeographic)) {
            return Optional.of(new MeasureUnit(w, counted(w), w, BigDecimal.ONE));
        }
        return Optional.empty();
    }

    /**
     * What a measure word counts: a thing (个, 家, 座), or — 家次, 村次, 所次 — visits to things, as many times as each was
     * visited, which no count of the things themselves measures.
     */
    private static String counted(String word) {
        return word.length() == 2 && word.endsWith("次") ? "visits-" + word.charAt(0) : THINGS;
    }

    /**
     * How well a figure in {@code this} unit can stand for one in {@code other}: 1 for the same unit, 0.95 for the
     * same dimension at another magnitude or size (converted), 0.8 when one of two counts is written with the
     * general 个, 0 when they measure different things.
     */
    double fit(MeasureUnit other) {
        if (!dimension.equals(other.dimension)) {
            return 0;
        }
        if (written.equals(other.written)) {
            return 1;
        }
        if (THINGS.equals(dimension) || EVENTS.equals(dimension)) {
            if (base.equals(other.base)) {
                return 1;
            }
            // (个 stands for any counted thing, but not for copies handed out: 发放科普资料1.5万份 counts no 科普e站)
            boolean paper = PRINTED.indexOf(base.charAt(0)) >= 0 && base.length() == 1
                    || PRINTED.indexOf(other.base.charAt(0)) >= 0 && other.base.length() == 1;
            return (base.equals(ANY_THING) || other.base.equals(ANY_THING)) && !paper ? 0.8 : EVENTS.equals(dimension) ? 0.6 : 0;
        }
        return 0.95;
    }

    /** Whether putting a figure into {@code other} changes its number (万元 → 亿元), not only its words. */
    boolean scalesTo(MeasureUnit other) {
        return factor.compareTo(other.factor) != 0;
    }

    /** {@code value} of this unit in {@code other}'s (same dimension). */
    BigDecimal convert(BigDecimal value, MeasureUnit other) {
        if (factor.compareTo(other.factor) == 0) {
            return value;
        }
        return value.multiply(factor).divide(other.factor, MathContext.DECIMAL64).stripTrailingZeros();
    }
}
