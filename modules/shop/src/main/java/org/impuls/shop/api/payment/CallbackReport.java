package org.impuls.shop.api.payment;

import java.util.Objects;

/**
 * What a verified callback says: the provider's idempotency key (the same key delivered again changes nothing), the
 * method's reference of the payment, and the outcome; an empty outcome is an event the shop need not act on.
 */
public record CallbackReport(String idempotencyKey, String reference, Outcome outcome, String note) {

    public CallbackReport {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(reference, "reference");
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new IllegalArgumentException("an idempotency key has 1 to 200 characters");
        }
    }

    public static CallbackReport of(String idempotencyKey, String reference, Outcome outcome) {
        return new CallbackReport(idempotencyKey, reference, Objects.requireNonNull(outcome), null);
    }

    /** An event of the provider that changes nothing here (acknowledged, remembered by its key). */
    public static CallbackReport ignored(String idempotencyKey, String reference) {
        return new CallbackReport(idempotencyKey, reference, null, null);
    }
}
