package org.impuls.shop.api.payment;

import java.util.Objects;

/** A method's answer to a refund: done (with its own reference to the refund), or refused with the reason. */
public record RefundResult(boolean accepted, String reference, String reason) {

    public static RefundResult accepted(String reference) {
        return new RefundResult(true, Objects.requireNonNull(reference, "reference"), null);
    }

    public static RefundResult refused(String reason) {
        return new RefundResult(false, null, Objects.requireNonNull(reason, "reason"));
    }
}
