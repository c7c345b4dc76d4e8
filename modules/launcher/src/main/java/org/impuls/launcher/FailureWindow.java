package org.impuls.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** Counts failures within a sliding time window: enough of them in a short time means "give up". */
final class FailureWindow {

    private final int limit;
    private final Duration window;
    private final Deque<Instant> failures = new ArrayDeque<>();

    FailureWindow(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Records a failure at {@code now}; true if it is the {@code limit}-th within the window. */
    synchronized boolean exhaustedBy(Instant now) {
        failures.addLast(now);
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(window))) {
            failures.removeFirst();
        }
        return failures.size() >= limit;
    }
}
