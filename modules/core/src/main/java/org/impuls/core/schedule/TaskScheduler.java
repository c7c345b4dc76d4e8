package org.impuls.core.schedule;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impuls.core.api.PlatformStarted;
import org.impuls.core.api.schedule.Schedule;
import org.impuls.core.api.schedule.ScheduledTask;
import org.impuls.core.plugin.PluginRegistry;

/**
 * The one timer per node: every {@code impuls.schedule.poll-millis} it claims the due tasks it knows (one claim per
 * task, see {@link TaskTable}) and hands each to a worker thread, so that a long run does not hold up the others.
 * Starts once the platform started, i.e. after every migration ran.
 */
@ApplicationScoped
public class TaskScheduler {

    private static final System.Logger LOG = System.getLogger(TaskScheduler.class.getName());
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");

    @Inject
    @Any
    Instance<ScheduledTask> beans;

    @Inject
    PluginRegistry plugins;

    @Inject
    TaskRuns runs;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "impuls.schedule.poll-millis", defaultValue = "1000")
    long pollMillis;

    @Resource
    ManagedScheduledExecutorService timer;

    @Resource
    ManagedExecutorService workers;

    private final Map<String, ScheduledTask> tasks = new LinkedHashMap<>();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private final Set<String> runningHere = ConcurrentHashMap.newKeySet();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private volatile boolean failing;
    private ScheduledFuture<?> polling;

    void start(@Observes PlatformStarted started) {
        for (ScheduledTask task : beans) {
            String name = task.name();
            if (name == null || !NAME.matcher(name).matches()) {
                LOG.log(
                        Level.WARNING,
                        "scheduled task {0} of {1} is ignored: its name must match {2}",
                        name,
                        task.getClass().getName(),
                        NAME);
            } else if (tasks.putIfAbsent(name, task) != null) {
                LOG.log(
                        Level.WARNING,
                        "scheduled task {0} of {1} is ignored: {2} has that name already",
                        name,
                        task.getClass().getName(),
                        tasks.get(name).getClass().getName());
            }
        }
        LOG.log(Level.INFO, "scheduled tasks: {0}", tasks.keySet());
        polling = timer.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    /** Claims and starts every due task of this node's active ones that is not running here already. */
    void poll() {
        try {
            Map<String, ScheduledTask> active = active();
            while (true) {
                List<String> candidates = new ArrayList<>(active.keySet());
                candidates.removeAll(runningHere);
                Optional<TaskTable.Claim> claim = runs.claimNext(candidates, clock.instant());
                if (claim.isEmpty()) {
                    break;
                }
                start(active.get(claim.get().name()), claim.get());
            }
            if (failing) {
                failing = false;
                LOG.log(Level.INFO, "scheduled tasks are claimed again");
            }
        } catch (RuntimeException e) {
            if (!failing) { // once per outage, not every second
                failing = true;
                LOG.log(Level.WARNING, "claiming scheduled tasks failed; trying again every " + pollMillis + " ms", e);
            }
        }
    }

    /** The tasks whose plugin (if any) is enabled, each registered in the table once per node. */
    private Map<String, ScheduledTask> active() {
        Map<String, ScheduledTask> active = new LinkedHashMap<>();
        for (Map.Entry<String, ScheduledTask> task : tasks.entrySet()) {
            if (!plugins.takesPart(task.getValue())) {
                continue;
            }
            if (registered.contains(task.getKey()) || register(task.getKey(), task.getValue())) {
                active.put(task.getKey(), task.getValue());
            }
        }
        return active;
    }

    /** False for a task whose schedule or lease cannot be had: it alone stays out, told once. */
    private boolean register(String name, ScheduledTask task) {
        Schedule schedule;
        Duration lease;
        try {
            schedule = task.schedule();
            lease = task.lease();
        } catch (RuntimeException e) {
            if (refused.add(name)) {
                LOG.log(Level.WARNING, "scheduled task " + name + " does not run: its schedule or lease is refused", e);
            }
            return false;
        }
        runs.register(name, schedule, lease, clock.instant());
        registered.add(name);
        return true;
    }

    private void start(ScheduledTask task, TaskTable.Claim claim) {
        runningHere.add(claim.name());
        try {
            workers.submit(() -> run(task, claim));
        } catch (RejectedExecutionException e) {
            runningHere.remove(
                    claim.name()); // shutting down: the lease runs out and another node (or the next start) runs it
        }
    }

    private void run(ScheduledTask task, TaskTable.Claim claim) {
        try {
            new TaskRun(runs, clock).run(task, claim);
        } finally {
            runningHere.remove(claim.name());
        }
    }
}
