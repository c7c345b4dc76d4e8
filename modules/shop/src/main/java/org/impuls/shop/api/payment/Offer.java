package org.impuls.shop.api.payment;

import java.util.Objects;

/** A method's answer to "can you pay this order?": available, or refused with a reason the customer can read. */
public record Offer(boolean offered, String reason) {

    private static final Offer AVAILABLE = new Offer(true, null);

    public static Offer available() {
        return AVAILABLE;
    }

    /** Not for this order, e.g. "Nur wenn alles abgeholt wird." in the order's language. */
    public static Offer refused(String reason) {
        return new Offer(false, Objects.requireNonNull(reason, "reason"));
    }
}
