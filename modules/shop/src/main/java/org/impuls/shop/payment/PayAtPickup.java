package org.impuls.shop.payment;

import jakarta.enterprise.context.ApplicationScoped;
import org.impuls.core.api.language.LocalizedText;
import org.impuls.shop.api.payment.NextAction;
import org.impuls.shop.api.payment.Offer;
import org.impuls.shop.api.payment.PaymentOrder;
import org.impuls.shop.api.payment.RefundOrder;
import org.impuls.shop.api.payment.RefundResult;
import org.impuls.shop.api.payment.Started;

/**
 * Pay at pick-up: only when every part of the order is fetched; each merchant takes the money at the handover and marks
 * its part received ({@link Payments#markPaid}). Refunds are paid back by the merchant in person.
 */
@ApplicationScoped
public class PayAtPickup implements CollectedByMerchants {

    public static final String ID = "pay-at-pickup";

    private static final LocalizedText LABEL = LocalizedText.of("Bezahlung bei Abholung", "Pay at pick-up");

    private static final LocalizedText NOT_ALL_PICKED_UP = LocalizedText.of(
            "Nur möglich, wenn Sie alles selbst abholen.", "Only when you pick up everything yourself.");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText label() {
        return LABEL;
    }

    @Override
    public Offer offer(PaymentOrder order) {
        return order.allPickedUp() ? Offer.available() : Offer.refused(NOT_ALL_PICKED_UP.in(order.language()));
    }

    @Override
    public Started start(PaymentOrder order) {
        return new Started(order.number(), NextAction.none());
    }

    @Override
    public RefundResult refund(RefundOrder refund) {
        return RefundResult.accepted("in-person:" + refund.idempotencyKey());
    }
}
