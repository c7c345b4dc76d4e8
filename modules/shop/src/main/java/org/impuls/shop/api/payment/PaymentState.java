package org.impuls.shop.api.payment;

/**
 * The shop's own states of a payment: {@code PENDING → AUTHORISED → PAID}, {@code FAILED}, and after refunds
 * {@code PARTLY_REFUNDED} or {@code REFUNDED}. FAILED and REFUNDED are final.
 */
public enum PaymentState {
    PENDING,
    AUTHORISED,
    PAID,
    FAILED,
    PARTLY_REFUNDED,
    REFUNDED
}
