package org.impuls.shop.api.payment;

/** What a method reports of a payment; the shop turns it into a {@link PaymentState} when the lifecycle allows. */
public enum Outcome {
    /** The money is reserved for the shop (e.g. a card authorisation) but not taken yet. */
    AUTHORISED,
    /** The money was taken or received. */
    PAID,
    /** The payment will not happen (declined, expired, abandoned). */
    FAILED;

    /** The state this outcome leads to. */
    public PaymentState state() {
        switch (this) {
            case AUTHORISED:
                return PaymentState.AUTHORISED;
            case PAID:
                return PaymentState.PAID;
            default:
                return PaymentState.FAILED;
        }
    }
}
