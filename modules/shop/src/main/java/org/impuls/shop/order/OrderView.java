package org.impuls.shop.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.impuls.core.api.money.Money;

/**
 * Orders as the REST API answers them: the customer's whole order ({@link Customer}) and the merchant's part of one
 * ({@link Merchant}). Records are written by JSON-B; nulls are left out.
 */
public final class OrderView {

    private OrderView() {}

    /**
     * A customer order as its customer reads it.
     *
     * @param accessToken only in the answer of checkout (the guest keeps it); null when read again
     */
    public record Customer(
            String number,
            String accessToken,
            String state,
            Instant placedAt,
            String email,
            String phone,
            Address billingAddress,
            Address deliveryAddress,
            List<Seller> sellerOrders,
            Totals totals,
            Payment payment) {}

    /** One merchant's part as the customer sees it (no commission). */
    public record Seller(
            String number,
            long businessId,
            String businessName,
            String state,
            List<Line> lines,
            Delivery delivery,
            Money goods,
            Money deposit,
            Money total,
            List<SellerTotals.RateLine> vat,
            boolean idCheckAtHandover) {}

    public record Line(
            long variantId,
            long productId,
            String title,
            String variantLabel,
            String sku,
            Money unitPrice,
            int quantity,
            Money lineTotal,
            Money depositPerUnit,
            Money depositTotal,
            int vatRatePercent) {

        static Line of(LineSnapshot line) {
            return new Line(
                    line.variantId(),
                    line.productId(),
                    line.title(),
                    line.variantLabel(),
                    line.sku(),
                    line.unitPrice(),
                    line.quantity(),
                    line.lineTotal(),
                    line.depositPerUnit(),
                    line.depositTotal(),
                    line.vatRatePercent());
        }
    }

    /** @param pickupAt the chosen pick-up time, only for PICKUP */
    public record Delivery(String method, Money cost, Instant pickupAt) {}

    public record Totals(Money gross, List<OrderTotals.RateTotal> vat) {}

    public record Payment(String method, String state, NextAction nextAction) {}

    public record NextAction(String type, String url, Map<String, Object> data) {}

    /** A short entry of the customer's order list. */
    public record Summary(String number, String state, Instant placedAt, Money total, int sellerOrders) {}

    /**
     * A seller order as its merchant reads it: its part only, with the customer's contact, the commission and the
     * payment of the whole order.
     */
    public record Merchant(
            String customerOrderNumber,
            Instant placedAt,
            String customerEmail,
            String customerPhone,
            Address billingAddress,
            Address deliveryAddress,
            Seller sellerOrder,
            Commission commission,
            String paymentMethod,
            String paymentState) {}

    public record Commission(BigDecimal percent, Money amount) {}
}
