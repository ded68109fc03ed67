package cn.duban.ledger;

import java.util.Map;

/**
 * How the work of a plan's tasks was handed on, as the plan's table marks it: 上级交办（from where）,
 * 已交办下级, 已分解, 分解任务. Implemented by the module that hands work on (levels, which depends on this
 * one), so the ledger never reads its tables.
 */
public interface HandedOnMarks {

    /** The mark of each task of the plan that has one, by task. */
    Map<Long, String> marks(long planId);
}
