package org.impuls.shop.api.payment;

import java.util.Optional;
import org.impuls.core.api.language.LocalizedText;

/**
 * A way to pay, provided as a CDI bean by the shop or a plugin ({@code pay-at-pickup}, {@code bank-transfer},
 * a provider's own). The shop owns the payment's state: a method answers what it did or learnt, and the shop
 * applies that along its lifecycle (refusing what does not follow). See {@code src/docs/payments.md}.
 */
public interface PaymentMethod {

    /** Lower case, stable: stored with every payment and in the callback URL {@code /api/shop/payments/{id}/callback}. */
    String id();

    /** The name customers choose, in German and English. */
    LocalizedText label();

    /** Whether this method can pay the order, or why not (in the order's language). Must not change anything. */
    Offer offer(PaymentOrder order);

    /**
     * Starts paying the customer order: what the customer does next and the method's own reference to the
     * payment (e.g. a provider's payment id), by which callbacks and refunds name it. Called inside the shop's
     * transaction; a method that throws leaves no payment behind.
     */
    Started start(PaymentOrder order);

    /**
     * Whether a callback really comes from the method's provider, from the raw bytes and headers only (e.g. an
     * HMAC signature over the body); nothing is parsed or applied before this answers true. A method without
     * callbacks refuses every one.
     */
    default boolean verify(RawCallback callback) {
        return false;
    }

    /** What a verified callback reports, with the provider's idempotency key; called only after {@link #verify}. */
    default CallbackReport read(RawCallback callback) {
        throw new UnsupportedOperationException(id() + " takes no callbacks");
    }

    /**
     * Pays back (part of) a seller order. The shop has checked the amount against what was paid for that part less
     * earlier refunds, and calls this once per idempotency key.
     */
    RefundResult refund(RefundOrder refund);

    /** What the method knows now of a payment it started (e.g. asked from the provider); empty: nothing new. */
    default Optional<Outcome> report(String reference) {
        return Optional.empty();
    }

    /** The order was cancelled before it was paid: release an authorisation, expire a payment link. */
    default void cancel(String reference) {}
}
