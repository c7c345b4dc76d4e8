package org.impuls.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Measured durations of one kind of request, summarised as percentiles (nearest rank). */
final class Latencies {

    private final List<Long> nanos = new ArrayList<>();

    void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    void addAll(Latencies other) {
        nanos.addAll(other.nanos);
    }

    double percentileMillis(double percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
    }

    int count() {
        return nanos.size();
    }

    String summary() {
        return String.format(
                Locale.ROOT,
                "n=%4d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms",
                count(),
                percentileMillis(50),
                percentileMillis(95),
                percentileMillis(99),
                percentileMillis(100));
    }
}
