package cn.duban.system;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where module listeners ({@code @ApplicationModuleListener}) run: after their event's transaction has
 * committed, on a small pool of their own, so a step never waits for what follows it nor holds a second
 * connection while it does (ten report steps at once once emptied the pool that way — BENCHMARKS.md).
 * {@code duban.events.synchronous=true} runs them in the publishing thread instead, still after the
 * commit: the tests use it to read a listener's effect at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class ModuleEvents implements AsyncConfigurer {

    private final boolean synchronous;

    ModuleEvents(@Value("${duban.events.synchronous:false}") boolean synchronous) {
        this.synchronous = synchronous;
    }

    @Override
    public Executor getAsyncExecutor() {
        if (synchronous) {
            return new SyncTaskExecutor();
        }
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix("module-listener-");
        pool.setCorePoolSize(2);
        pool.setMaxPoolSize(4);
        pool.setQueueCapacity(10_000);
        // At shutdown, listeners under way finish; those still queued stay incomplete in the registry for the next start.
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(10);
        pool.initialize();
        return pool;
    }
}
