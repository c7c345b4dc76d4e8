package org.impuls.shop.api.payment;

import java.util.Objects;
import org.impuls.core.api.money.Money;

/** One merchant's part of a customer order: the business, the seller order's number, its amount, how it comes. */
public record SellerPart(long businessId, String number, Money amount, Delivery delivery) {

    /** How the part reaches the customer (the shop's delivery methods, published for payment methods). */
    public enum Delivery {
        PICKUP,
        LOCAL_DELIVERY,
        PARCEL
    }

    public SellerPart {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(delivery, "delivery");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a seller part cannot cost " + amount);
        }
    }
}
