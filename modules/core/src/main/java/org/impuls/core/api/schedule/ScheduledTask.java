package org.impuls.core.api.schedule;

import java.time.Duration;

/**
 * Work that runs once per due time in the whole cluster: a module declares it as an {@code @ApplicationScoped} bean
 * and the core finds it, keeps its row in {@code scheduled_task} and runs it on one node at a time. A failed run
 * (an exception) is logged and tried again after a growing pause; a due time missed while every node was down runs
 * once at the next start. A run may be repeated after a node died during it (at least once), so a task must be
 * safe to run twice. Tasks of a disabled plugin do not run. See {@code src/docs/scheduled-work.md}.
 */
public interface ScheduledTask {

    /** Stable across releases, module first: {@code core.mail.outbox}; lower case letters, digits, dots and dashes. */
    String name();

    /** When the task is due; read once per run, so a changed setting takes effect with the next due time. */
    Schedule schedule();

    /** Does the work; throw to have it retried. */
    void run() throws Exception;

    /**
     * How long one run may take before another node assumes this node died and runs the task itself: longer than a
     * run ever takes.
     */
    default Duration lease() {
        return Duration.ofMinutes(15);
    }
}
