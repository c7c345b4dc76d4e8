package org.impuls.shop.api.payment;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.impuls.core.api.money.Money;

/**
 * The customer order to pay, as checkout describes it to a payment method (read-only): its number, the total,
 * one part per merchant, whom to write to, the customer's language and where to send the customer back to after
 * a provider's page.
 */
public record PaymentOrder(
        String number, Money total, List<SellerPart> parts, String customerEmail, Locale language, URI returnTo) {

    public PaymentOrder {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(total, "total");
        parts = List.copyOf(parts);
        Objects.requireNonNull(language, "language");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one seller part");
        }
        Money sum = parts.stream().map(SellerPart::amount).reduce(Money::plus).orElseThrow();
        if (!sum.equals(total)) {
            throw new IllegalArgumentException("the parts add up to " + sum + ", not to the total " + total);
        }
    }

    /** Whether every part is fetched by the customer at its merchant's. */
    public boolean allPickedUp() {
        return parts.stream().allMatch(part -> part.delivery() == SellerPart.Delivery.PICKUP);
    }
}
