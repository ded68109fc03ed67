package cn.duban.ledger;

import java.util.List;

/**
 * Report once, from the import page: whether a document brought to 导入文档 is not a new plan but a
 * unit's 工作汇报 on a plan already in the ledger — and, if the office says so, filling that unit's
 * report of the current period from it, on the unit's behalf. Implemented by the module that keeps
 * the reports (progress, which depends on this one).
 */
public interface ReportsOnPlans {

    /**
     * A unit of the area that the document is by, a plan it leads tasks in with a period open now,
     * and how many of its indicators the document gives a value for.
     */
    record Recognised(long planId, String planTitle, long periodId, String periodLabel, long unitId, String unitName,
            int values, int indicators) implements java.io.Serializable {
    }

    /** The plans the document reports on, best first; empty when it reads as a plan, or as no unit's report. */
    List<Recognised> recognise(String fileName, String text, long areaId);

    /**
     * Opens the unit's report of the period (as the office, on the unit's behalf) and keeps the document with it,
     * to be read into the report's form; the report's id.
     */
    long fillOnBehalf(Recognised report, String fileName, String text);
}
