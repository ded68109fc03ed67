package cn.duban.progress;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which 考核 scheme scores a plan's period, if any. Implemented by the module that keeps the schemes
 * (assessment, which depends on this one): the 红黑榜 asks it rather than reading another module's tables.
 */
public interface AssessmentBasis {

    Optional<RankingRule.Assessed> of(long planId, LocalDate periodEnds);
}
