package org.impuls.shop.payment;

import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.money.Money;

/** How much of a seller order may still be paid back: what it paid less earlier refunds, never less than nothing. */
final class RefundBounds {

    private RefundBounds() {}

    static long refundable(long paidCents, long refundedCents) {
        return Math.max(0, paidCents - refundedCents);
    }

    /** Refuses an amount that is not positive, in another currency, or above what is refundable, naming {@code amount}. */
    static void check(Money amount, long refundableCents, String currency) {
        if (amount == null || !amount.currency().equals(currency)) {
            throw new InvalidInputException("amount", "give the amount in " + currency);
        }
        if (amount.cents() <= 0) {
            throw new InvalidInputException("amount", "a refund is more than nothing");
        }
        if (amount.cents() > refundableCents) {
            throw new InvalidInputException(
                    "amount",
                    "at most " + new Money(refundableCents, currency).toDecimal() + " " + currency
                            + " can be refunded");
        }
    }
}
