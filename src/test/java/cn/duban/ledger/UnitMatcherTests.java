package cn.duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitMatcherTests {

    private static final UnitMatcher MATCHER = new UnitMatcher(List.of(
            new Organisation(1, "县发展和改革局", OrganisationKind.DEPARTMENT, 9L),
            new Organisation(2, "县住房和城乡建设局", OrganisationKind.DEPARTMENT, 9L),
            new Organisation(3, "县卫生健康委员会", OrganisationKind.DEPARTMENT, 9L),
            new Organisation(4, "县城市管理局", OrganisationKind.DEPARTMENT, 9L),
            new Organisation(5, "清河镇", OrganisationKind.TOWNSHIP, 9L),
            new Organisation(6, "县水利局", OrganisationKind.DEPARTMENT, 9L),
            new Organisation(7, "白沙村", OrganisationKind.VILLAGE, 5L)));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            县发展和改革局, 1
            县发改局, 1
            发改局, 1
            住建局, 2
            县卫健委, 3
            县城管局, 4
            清河镇, 5
            水利局, 6
            白沙村, 7
            """)
    void matchesExactlyShortenedAndAbbreviated(String mention, long id) {
        assertThat(MATCHER.match(mention)).map(Organisation::id).contains(id);
    }

    @ParameterizedTest(name = "{0} matches nothing")
    @CsvSource(textBlock = """
            农商银行
            石桥镇
            县局
            """)
    void leavesUnknownUnitsUnmatched(String mention) {
        assertThat(MATCHER.match(mention)).isEmpty();
    }
}
