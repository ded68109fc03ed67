package cn.duban.ledger;

import java.util.Set;

/**
 * Whether units have reported on a task — what the ledger must know before it lets a split be redrawn or an
 * indicator be dropped. Implemented by the module that keeps the reports (progress, which depends on this
 * one), so the ledger never reads another module's tables.
 */
public interface ReportedWork {

    /** Whether any report holds an entry for the task. */
    boolean reported(long taskId);

    /** The positions of the task's indicators that carry reported values. */
    Set<Integer> reportedIndicators(long taskId);
}
