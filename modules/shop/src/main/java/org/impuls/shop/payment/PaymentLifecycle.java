package org.impuls.shop.payment;

import static org.impuls.shop.api.payment.PaymentState.AUTHORISED;
import static org.impuls.shop.api.payment.PaymentState.FAILED;
import static org.impuls.shop.api.payment.PaymentState.PAID;
import static org.impuls.shop.api.payment.PaymentState.PARTLY_REFUNDED;
import static org.impuls.shop.api.payment.PaymentState.PENDING;
import static org.impuls.shop.api.payment.PaymentState.REFUNDED;

import org.impuls.core.api.lifecycle.Lifecycle;
import org.impuls.shop.api.payment.PaymentState;

/** Where a payment may go: outcomes a method reports (or a merchant confirms), then refunds. FAILED, REFUNDED: final. */
public final class PaymentLifecycle {

    /** What methods report and merchants confirm: authorised, paid, failed. */
    public static final Lifecycle<PaymentState> OUTCOMES = Lifecycle.of(PaymentState.class)
            .from(PENDING)
            .to(AUTHORISED, PAID, FAILED)
            .from(AUTHORISED)
            .to(PAID, FAILED);

    /** Refunds of a paid payment; a second partial refund keeps PARTLY_REFUNDED (no transition, a refund row). */
    public static final Lifecycle<PaymentState> REFUNDS = Lifecycle.of(PaymentState.class)
            .from(PAID)
            .to(PARTLY_REFUNDED, REFUNDED)
            .from(PARTLY_REFUNDED)
            .to(REFUNDED);

    public static final Lifecycle<PaymentState> ALL = OUTCOMES.and(REFUNDS);

    private PaymentLifecycle() {}

    /** Whether money was taken (and may be refunded). */
    static boolean paid(PaymentState state) {
        return state == PAID || state == PARTLY_REFUNDED;
    }

    /** Whether the payment is still to come. */
    static boolean open(PaymentState state) {
        return state == PENDING || state == AUTHORISED;
    }
}
