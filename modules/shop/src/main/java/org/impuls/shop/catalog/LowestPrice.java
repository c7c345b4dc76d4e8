package org.impuls.shop.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The prices charged in the 30 days before a reduction (PAngV §11): the price in force when the window
 * opened and every price that took effect within it, up to the reduction itself. Their lowest is the
 * reference the law asks for; whether the reduction may be shown at all is {@link Charged#shows}.
 */
final class LowestPrice {

    static final Duration WINDOW = Duration.ofDays(30);

    private LowestPrice() {}

    /**
     * The lowest and highest price charged in the 30 days before a reduction.
     *
     * @param lowest  the lowest price of the window, shown beside the reduction
     * @param highest the highest, which the struck-through regular price may not exceed
     */
    record Charged(long lowest, long highest) {

        /**
         * Whether a sale price may be shown as a reduction of the regular price: only against prices actually charged,
         * so the sale price is below every one of them and the regular price is no higher than one was. A product
         * created already reduced, or whose earlier prices were no higher, shows a plain price instead.
         */
        boolean shows(long saleCents, long regularCents) {
            return saleCents < lowest && regularCents <= highest;
        }
    }

    /** The prices charged in [reducedAt − 30 days, reducedAt); empty when the history does not reach back before the reduction. */
    static Optional<Charged> before(Instant reducedAt, List<PriceChange> history) {
        Instant windowStart = reducedAt.minus(WINDOW);
        List<PriceChange> sorted = history.stream()
                .sorted(Comparator.comparing(PriceChange::getEffectiveAt))
                .toList();
        Charged charged = null;
        PriceChange inForceAtStart = null;
        for (PriceChange change : sorted) {
            if (!change.getEffectiveAt().isAfter(windowStart)) {
                inForceAtStart = change;
            } else if (change.getEffectiveAt().isBefore(reducedAt)) {
                charged = with(charged, change.getPriceCents());
            }
        }
        return Optional.ofNullable(inForceAtStart == null ? charged : with(charged, inForceAtStart.getPriceCents()));
    }

    private static Charged with(Charged so, long cents) {
        return so == null
                ? new Charged(cents, cents)
                : new Charged(Math.min(so.lowest(), cents), Math.max(so.highest(), cents));
    }
}
