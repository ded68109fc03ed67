package cn.duban.assessment;

import cn.duban.progress.AssessmentBasis;
import cn.duban.progress.RankingRule;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the 红黑榜 which plans a 考核 scheme weighs (its own weight or its kind's), so that a plan's
 * ranking and its 考核 score are one number: the scheme of the plan's area for the year the period ends in.
 */
@Component
class AssessedPlans implements AssessmentBasis {

    private final Assessments assessments;
    private final JdbcClient jdbc;

    AssessedPlans(Assessments assessments, JdbcClient jdbc) {
        this.assessments = assessments;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RankingRule.Assessed> of(long planId, LocalDate periodEnds) {
        return jdbc.sql("select area_id from plan where id = :p").param("p", planId).query(Long.class).optional()
                .flatMap(area -> assessments.scheme(area, periodEnds.getYear()))
                .filter(s -> s.weights().containsKey(planId))
                .map(s -> new RankingRule.Assessed(s.title(), s.completionPoints(), s.timelinessPoints()));
    }
}
