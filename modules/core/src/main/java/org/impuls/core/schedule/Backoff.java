package org.impuls.core.schedule;

import java.time.Duration;
import java.time.Instant;
import org.impuls.core.api.schedule.Schedule;

/** When a failed task is tried again: after 1, 2, 4 … minutes, at most an hour, but never later than its next regular run. */
final class Backoff {

    static final Duration LONGEST = Duration.ofHours(1);

    private Backoff() {}

    /** The pause after {@code failures} failed runs in a row (at least one). */
    static Duration pause(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1, was " + failures);
        }
        // 2^6 minutes is already longer than the longest pause; no shift overflows
        Duration pause = Duration.ofMinutes(1L << Math.min(failures - 1, 6));
        return pause.compareTo(LONGEST) < 0 ? pause : LONGEST;
    }

    /** A task due every few seconds is simply tried at its next run; one due daily after the pause. */
    static Instant retryAt(Schedule schedule, int failures, Instant failedAt) {
        Instant afterPause = failedAt.plus(pause(failures));
        Instant regular = schedule.nextAfter(failedAt);
        return regular.isBefore(afterPause) ? regular : afterPause;
    }
}
