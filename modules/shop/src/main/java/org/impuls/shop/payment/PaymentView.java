package org.impuls.shop.payment;

import java.util.List;
import org.impuls.core.api.money.Money;
import org.impuls.shop.api.payment.NextAction;
import org.impuls.shop.api.payment.PaymentState;

/** A payment as checkout, order pages and the API show it. */
public record PaymentView(
        String customerOrderNumber,
        String methodId,
        PaymentState state,
        Money amount,
        Money refunded,
        NextAction nextAction,
        List<Part> parts) {

    /** A merchant's part: its seller order, amount, what was refunded of it, whether the merchant received it. */
    public record Part(String sellerOrderNumber, long businessId, Money amount, Money refunded, boolean received) {}

    static PaymentView of(Payment payment, List<PaymentRefund> refunds) {
        String currency = payment.amount().currency();
        List<Part> parts = payment.parts().stream()
                .map(part -> new Part(
                        part.getSellerOrderNumber(),
                        part.getBusinessId(),
                        new Money(part.getAmountCents(), currency),
                        new Money(refundedOf(refunds, part.getSellerOrderNumber()), currency),
                        part.isReceived()))
                .toList();
        long refunded =
                refunds.stream().mapToLong(PaymentRefund::getAmountCents).sum();
        return new PaymentView(
                payment.getCustomerOrderNumber(),
                payment.getMethodId(),
                payment.status(),
                payment.amount(),
                new Money(refunded, currency),
                payment.getNextAction(),
                parts);
    }

    static long refundedOf(List<PaymentRefund> refunds, String sellerOrderNumber) {
        return refunds.stream()
                .filter(refund -> refund.getSellerOrderNumber().equals(sellerOrderNumber))
                .mapToLong(PaymentRefund::getAmountCents)
                .sum();
    }
}
