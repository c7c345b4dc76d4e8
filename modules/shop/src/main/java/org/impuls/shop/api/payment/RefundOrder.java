package org.impuls.shop.api.payment;

import java.util.Objects;
import org.impuls.core.api.money.Money;

/**
 * A refund the shop asks a method to make: of a seller order of a customer order, this amount (already checked
 * against what that part paid less earlier refunds), under an idempotency key the method may pass on to its provider.
 */
public record RefundOrder(
        String customerOrderNumber, String sellerOrderNumber, String reference, Money amount, String idempotencyKey) {

    public RefundOrder {
        Objects.requireNonNull(customerOrderNumber, "customerOrderNumber");
        Objects.requireNonNull(sellerOrderNumber, "sellerOrderNumber");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
