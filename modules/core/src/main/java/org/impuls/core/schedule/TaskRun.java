package org.impuls.core.schedule;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import org.impuls.core.api.schedule.ScheduledTask;

/** Runs one claimed task and records how it went: its next due time, or the failure with the time to try again. */
final class TaskRun {

    private static final System.Logger LOG = System.getLogger(TaskRun.class.getName());
    static final int LONGEST_ERROR = 2000;

    private final TaskRuns runs;
    private final Clock clock;

    TaskRun(TaskRuns runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    /** Never throws: what cannot be recorded is logged, and the task runs again once its lease ran out. */
    void run(ScheduledTask task, TaskTable.Claim claim) {
        try {
            try {
                task.run();
            } catch (Exception | LinkageError e) {
                failed(task, claim, e);
                return;
            }
            Instant finished = clock.instant();
            if (!runs.succeeded(claim, task.schedule().nextAfter(finished), finished)) {
                LOG.log(
                        Level.WARNING,
                        "scheduled task {0} ran longer than its lease ({1}); another node took it over meanwhile",
                        claim.name(),
                        task.lease());
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "the outcome of scheduled task " + claim.name()
                            + " could not be recorded; it runs again when its lease runs out",
                    e);
        }
    }

    private void failed(ScheduledTask task, TaskTable.Claim claim, Throwable e) {
        int failures = claim.attempts() + 1;
        Instant failedAt = clock.instant();
        Instant retryAt = Backoff.retryAt(task.schedule(), failures, failedAt);
        LOG.log(
                Level.WARNING,
                "scheduled task " + claim.name() + " failed (" + failures + " time(s) in a row); next attempt at "
                        + retryAt,
                e);
        runs.failed(claim, describe(e), retryAt);
    }

    static String describe(Throwable e) {
        String error =
                e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return error.length() > LONGEST_ERROR ? error.substring(0, LONGEST_ERROR) : error;
    }
}
