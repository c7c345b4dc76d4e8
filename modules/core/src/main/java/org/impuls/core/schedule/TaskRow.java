package org.impuls.core.schedule;

import java.time.Instant;

/** One task's row as stored: what the admin page shows. Times are null where nothing happened yet. */
public record TaskRow(
        String name,
        String schedule,
        Instant nextRunAt,
        Instant runningUntil,
        int attempts,
        Instant lastRunAt,
        Instant lastSuccessAt,
        String lastError) {

    /** Running now on some node (its lease holds). */
    public boolean runningAt(Instant now) {
        return runningUntil != null && runningUntil.isAfter(now);
    }
}
