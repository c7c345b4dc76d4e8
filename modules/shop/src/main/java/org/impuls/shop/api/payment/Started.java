package org.impuls.shop.api.payment;

import java.util.Objects;

/** What {@link PaymentMethod#start} answers: the method's reference to the payment and the customer's next step. */
public record Started(String reference, NextAction nextAction) {

    public Started {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(nextAction, "nextAction");
        if (reference.isBlank() || reference.length() > 200) {
            throw new IllegalArgumentException("a payment reference has 1 to 200 characters");
        }
    }
}
