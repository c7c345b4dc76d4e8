package org.impuls.shop.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * The lowest price of the 30 days before a reduction (PAngV §11): the price in force when the window
 * opened and every price that took effect within it, up to the reduction itself.
 */
final class LowestPrice {

    static final Duration WINDOW = Duration.ofDays(30);

    private LowestPrice() {
    }

    /** Lowest price in [reducedAt − 30 days, reducedAt); empty when the history does not reach back. */
    static OptionalLong before(Instant reducedAt, List<PriceChange> history) {
        Instant windowStart = reducedAt.minus(WINDOW);
        List<PriceChange> sorted = history.stream().sorted(Comparator.comparing(PriceChange::getEffectiveAt)).toList();
        OptionalLong lowest = OptionalLong.empty();
        PriceChange inForceAtStart = null;
        for (PriceChange change : sorted) {
            if (!change.getEffectiveAt().isAfter(windowStart)) {
                inForceAtStart = change;
            } else if (change.getEffectiveAt().isBefore(reducedAt)) {
                lowest = min(lowest, change.getPriceCents());
            }
        }
        return inForceAtStart == null ? lowest : min(lowest, inForceAtStart.getPriceCents());
    }

    private static OptionalLong min(OptionalLong current, long candidate) {
        return OptionalLong.of(current.isPresent() ? Math.min(current.getAsLong(), candidate) : candidate);
    }
}
