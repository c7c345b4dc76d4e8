package org.impuls.shop.checkout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.impuls.core.api.money.Money;
import org.impuls.shop.api.payment.PaymentOrder;
import org.impuls.shop.api.payment.SellerPart;
import org.impuls.shop.cart.CartSummary;
import org.impuls.shop.cart.CartSummary.MerchantGroup;
import org.impuls.shop.commission.CommissionRate;
import org.impuls.shop.delivery.DeliveryMethod;
import org.impuls.shop.order.LineSnapshot;
import org.impuls.shop.order.OrderTotals;
import org.impuls.shop.order.SellerTotals;

/**
 * What the order will come to with the deliveries chosen so far, computed as placing computes it ({@link
 * SellerTotals}, {@link OrderTotals}): per merchant its goods, deposit, the chosen delivery's cost, the total and the
 * VAT per rate; and the order as payment methods are asked whether they offer themselves.
 */
public final class CheckoutTotals {

    /** One merchant's part: the chosen delivery (null when none is chosen or it is not available) and its totals. */
    public record Part(MerchantGroup group, CartSummary.Delivery delivery, SellerTotals totals) {}

    private final List<Part> parts;
    private final OrderTotals totals;

    private CheckoutTotals(List<Part> parts, OrderTotals totals) {
        this.parts = parts;
        this.totals = totals;
    }

    /** The cart's parts with these chosen methods (merchant id → method); a merchant without one costs no delivery. */
    static CheckoutTotals of(CartSummary cart, Map<Long, DeliveryMethod> chosen) {
        List<Part> parts = new ArrayList<>();
        for (MerchantGroup group : cart.groups()) {
            List<LineSnapshot> lines = lines(group);
            if (lines.isEmpty()) {
                continue;
            }
            CartSummary.Delivery delivery = group.deliveryOptions().stream()
                    .filter(o -> o.method() == chosen.get(group.businessId()) && o.available())
                    .findFirst()
                    .orElse(null);
            Money cost = delivery == null ? new Money(0, group.total().currency()) : delivery.cost();
            parts.add(new Part(
                    group,
                    delivery,
                    SellerTotals.of(group.vatTreatment(), lines, cost, new CommissionRate(BigDecimal.ZERO))));
        }
        String currency = cart.totals().total().currency();
        return new CheckoutTotals(
                parts, OrderTotals.of(parts.stream().map(Part::totals).toList(), currency));
    }

    List<Part> parts() {
        return parts;
    }

    OrderTotals totals() {
        return totals;
    }

    /**
     * The order as a payment method sees it when asked for its offer (no number yet), or null without anything to buy.
     * A merchant without a delivery chosen counts as a parcel, the delivery no method needs the customer present for.
     */
    PaymentOrder probe(String email, Locale language) {
        if (parts.isEmpty()) {
            return null;
        }
        List<SellerPart> sellerParts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            sellerParts.add(new SellerPart(
                    part.group().businessId(),
                    "0000-000000-" + (i + 1),
                    part.totals().total(),
                    part.delivery() == null
                            ? SellerPart.Delivery.PARCEL
                            : SellerPart.Delivery.valueOf(
                                    part.delivery().method().name())));
        }
        return new PaymentOrder("0000-000000", totals.gross(), sellerParts, email, language, null);
    }

    private static List<LineSnapshot> lines(MerchantGroup group) {
        return group.lines().stream()
                .filter(CartSummary.Line::buyable)
                .map(l -> new LineSnapshot(
                        l.variantId(),
                        l.productId(),
                        l.title(),
                        l.variantLabel(),
                        null,
                        l.unitPrice(),
                        l.quantity(),
                        l.depositPerUnit(),
                        l.vatRatePercent(),
                        l.ageLimit()))
                .toList();
    }
}
