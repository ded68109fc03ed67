package cn.duban.progress;

import java.math.BigDecimal;
import java.util.Map;

/** What a unit typed for one task: cumulative values by indicator (or a percentage done), and its words. */
public record LineInput(long taskId, Map<Long, BigDecimal> values, BigDecimal percentDone, String narrative,
        String problems, String nextSteps, boolean unchanged) {
}
