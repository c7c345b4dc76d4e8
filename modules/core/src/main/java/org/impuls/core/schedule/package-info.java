/**
 * Runs the {@link org.impuls.core.api.schedule.ScheduledTask}s: one timer per node ({@link
 * org.impuls.core.schedule.TaskScheduler}) claims due rows of {@code scheduled_task} with a row lock and a lease
 * ({@link org.impuls.core.schedule.TaskTable}), runs each task outside the claim's transaction and records its
 * outcome: the next due time, or the failure with a retry after a growing pause ({@link
 * org.impuls.core.schedule.Backoff}).
 */
package org.impuls.core.schedule;
