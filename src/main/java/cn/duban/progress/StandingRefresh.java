package cn.duban.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Standings computed again after a report step, without making the step wait for the others.
 * <p>
 * A plan's standings are one computation over all its tasks and open periods ({@link Standings#refresh},
 * one at a time per plan). Run inside every submission, 200 townships submitting at once queued
 * behind one another holding their connections, and the pool ran dry (measured in BENCHMARKS.md,
 * "Report saves and submits under load"). Now the step records a request in its own transaction
 * and the computation runs once it has committed and let go of its connection — at the end of the
 * web request ({@link AfterRequest}), or, outside a request, right after the commit — in the step's
 * own thread when no computation of that plan is running (so a lone step, and every test, sees its
 * standings at once), and otherwise folded into one more run in the background when the current
 * one ends. A step never waits for more than its own computation, never holds two connections, and
 * what it changed is counted at most one computation later. The request rows make this survive a
 * crash: {@link Standings#stalePlans} includes their plans.
 */
@Component
class StandingRefresh {

    private static final Logger log = LoggerFactory.getLogger(StandingRefresh.class);

    private final Standings standings;
    private final JdbcClient jdbc;
    private final TransactionTemplate separate;
    private final Map<Long, State> plans = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "standing-refresh");
        t.setDaemon(true);
        return t;
    });

    /** Per plan: a computation is running; another has been asked for meanwhile, from this day on (null: none). */
    private static final class State {
        boolean running;
        java.time.LocalDate againFrom;
    }

    /** Every period. */
    private static final java.time.LocalDate ALL = java.time.LocalDate.MIN;

    /** The earlier of two starting days: computing from the earlier covers both. */
    private static java.time.LocalDate earlier(java.time.LocalDate a, java.time.LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    StandingRefresh(Standings standings, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.standings = standings;
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The plans whose steps this request thread has committed (or is committing). */
    private static final ThreadLocal<Map<Long, java.time.LocalDate>> PENDING = ThreadLocal.withInitial(java.util.LinkedHashMap::new);

    /** Called inside the step's transaction: all the plan's standings are computed again once it commits. */
    void requested(long planId) {
        requested(planId, ALL);
    }

    /** As {@link #requested(long)}, for a step in the period starting that day: it and the later ones are computed. */
    void requestedFrom(long planId, java.time.LocalDate periodStarts) {
        requested(planId, periodStarts == null ? ALL : periodStarts);
    }

    private void requested(long planId, java.time.LocalDate from) {
        jdbc.sql("insert into standing_request (plan_id) values (:p)").param("p", planId).update();
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes() != null) {
            // In a web request the connection is released only when the controller returns: compute then.
            PENDING.get().merge(planId, from, StandingRefresh::earlier);
        } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    start(planId, from);
                }
            });
        } else {
            start(planId, from);
        }
    }

    /** At the end of a web request: the plans its steps asked for (a failed step's request row was rolled back; computing is harmless). */
    void runPending() {
        Map<Long, java.time.LocalDate> plans = PENDING.get();
        if (plans.isEmpty()) {
            return;
        }
        Map<Long, java.time.LocalDate> these = Map.copyOf(plans);
        PENDING.remove();
        these.forEach(this::start);
    }

    /** Runs what the request's steps asked for once the request is through, transactions ended and connections returned. */
    @Component
    static class AfterRequest extends org.springframework.web.filter.OncePerRequestFilter {
        private final StandingRefresh refresh;

        AfterRequest(StandingRefresh refresh) {
            this.refresh = refresh;
        }

        @Override
        protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                        jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, java.io.IOException {
            try {
                chain.doFilter(request, response);
            } finally {
                refresh.runPending();
            }
        }
    }

    private void start(long planId, java.time.LocalDate from) {
        State state = plans.computeIfAbsent(planId, p -> new State());
        synchronized (state) {
            if (state.running) {
                state.againFrom = earlier(state.againFrom, from);
                return;
            }
            state.running = true;
        }
        compute(planId, from);
        finish(planId, state);
    }

    private void finish(long planId, State state) {
        java.time.LocalDate from;
        synchronized (state) {
            if (state.againFrom == null) {
                state.running = false;
                return;
            }
            from = state.againFrom;
            state.againFrom = null;
        }
        // Still marked running: the background run is the one computation of this plan now.
        background.execute(() -> {
            compute(planId, from);
            finish(planId, state);
        });
    }

    private void compute(long planId, java.time.LocalDate from) {
        try {
            separate.executeWithoutResult(s -> {
                Long last = jdbc.sql("select max(id) from standing_request where plan_id = :p").param("p", planId)
                        .query(Long.class).optional().orElse(null);
                standings.refresh(planId, from.equals(ALL) ? null : from);
                if (last != null) {
                    jdbc.sql("delete from standing_request where plan_id = :p and id <= :last").param("p", planId).param("last", last).update();
                }
            });
        } catch (RuntimeException e) {
            // The step itself is saved; its request stays, and the reminder job's refresh of stale plans retries.
            log.error("计划 {} 的任务状态重新计算失败，稍后由定时任务重试", planId, e);
        }
    }
}
