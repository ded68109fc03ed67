package cn.duban.progress;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

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
 * crash: {@link Standings#stalePlans} includes their plans, and the reminder job computes them.
 * <p>
 * Why not Spring Modulith's publication registry, which carries the reminders: the registry
 * replays each event once, whereas many steps of one plan want one computation — the request rows
 * fold them (one row per plan and unit), which a replayed event per step could not.
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

    /** Per plan: a computation is running; another has been asked for meanwhile (null: none). */
    private static final class State {
        boolean running;
        Ask again;
    }

    /**
     * What a computation covers: the periods from a day on, for the tasks of one unit (null: every
     * task). A lone report step asks for its unit's tasks only; steps of different units folded into
     * one run compute the whole plan, once.
     */
    record Ask(LocalDate from, Long unit) {

        /** Covering both. */
        Ask and(Ask other) {
            if (other == null) {
                return this;
            }
            return new Ask(from.isBefore(other.from) ? from : other.from, Objects.equals(unit, other.unit) ? unit : null);
        }
    }

    /** Every period. */
    private static final LocalDate ALL = LocalDate.MIN;

    StandingRefresh(Standings standings, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.standings = standings;
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The plans whose steps this request thread has committed (or is committing). */
    private static final ThreadLocal<Map<Long, Ask>> PENDING = ThreadLocal.withInitial(LinkedHashMap::new);

    /** Called inside the step's transaction: all the plan's standings are computed again once it commits. */
    void requested(long planId) {
        requested(planId, new Ask(ALL, null));
    }

    /**
     * As {@link #requested(long)}, for a step of one unit in the period starting that day: that
     * period and the later ones are computed, for the unit's tasks.
     */
    void requestedFrom(long planId, LocalDate periodStarts, long unit) {
        requested(planId, new Ask(periodStarts == null ? ALL : periodStarts, unit));
    }

    private void requested(long planId, Ask ask) {
        jdbc.sql("insert into standing_request (plan_id) values (:p)").param("p", planId).update();
        if (RequestContextHolder.getRequestAttributes() != null) {
            // In a web request the connection is released only when the controller returns: compute then.
            PENDING.get().merge(planId, ask, Ask::and);
        } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    start(planId, ask);
                }
            });
        } else {
            start(planId, ask);
        }
    }

    /** At the end of a web request: the plans its steps asked for (a failed step's request row was rolled back; computing is harmless). */
    void runPending() {
        Map<Long, Ask> plans = PENDING.get();
        if (plans.isEmpty()) {
            return;
        }
        Map<Long, Ask> these = Map.copyOf(plans);
        PENDING.remove();
        these.forEach(this::start);
    }

    /** Runs what the request's steps asked for once the request is through, transactions ended and connections returned. */
    @Component
    static class AfterRequest extends OncePerRequestFilter {
        private final StandingRefresh refresh;

        AfterRequest(StandingRefresh refresh) {
            this.refresh = refresh;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                FilterChain chain) throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } finally {
                refresh.runPending();
            }
        }
    }

    private void start(long planId, Ask ask) {
        State state = plans.computeIfAbsent(planId, p -> new State());
        synchronized (state) {
            if (state.running) {
                state.again = ask.and(state.again);
                return;
            }
            state.running = true;
        }
        compute(planId, ask);
        finish(planId, state);
    }

    private void finish(long planId, State state) {
        Ask again;
        synchronized (state) {
            if (state.again == null) {
                state.running = false;
                return;
            }
            again = state.again;
            state.again = null;
        }
        // Still marked running: the background run is the one computation of this plan now.
        background.execute(() -> {
            compute(planId, again);
            finish(planId, state);
        });
    }

    private void compute(long planId, Ask ask) {
        try {
            separate.executeWithoutResult(s -> {
                Long last = jdbc.sql("select max(id) from standing_request where plan_id = :p").param("p", planId)
                        .query(Long.class).optional().orElse(null);
                standings.refresh(planId, ask.from().equals(ALL) ? null : ask.from(), ask.unit());
                if (last != null) {
                    jdbc.sql("delete from standing_request where plan_id = :p and id <= :last").param("p", planId).param("last", last)
                            .update();
                }
            });
        } catch (RuntimeException e) {
            // The step itself is saved; its request stays, and the reminder job's refresh of stale plans retries.
            log.error("计划 {} 的任务状态重新计算失败，稍后由定时任务重试", planId, e);
        }
    }
}
