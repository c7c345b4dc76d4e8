package org.impuls.containertest;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.impuls.core.api.language.LocalizedText;
import org.impuls.shop.api.payment.CallbackReport;
import org.impuls.shop.api.payment.NextAction;
import org.impuls.shop.api.payment.Offer;
import org.impuls.shop.api.payment.Outcome;
import org.impuls.shop.api.payment.PaymentMethod;
import org.impuls.shop.api.payment.PaymentOrder;
import org.impuls.shop.api.payment.RawCallback;
import org.impuls.shop.api.payment.RefundOrder;
import org.impuls.shop.api.payment.RefundResult;
import org.impuls.shop.api.payment.Started;

/**
 * A provider's method as a plugin brings it, deployed with the tests: callbacks {@code key;reference;OUTCOME} signed
 * by {@code X-Test-Signature: ok}. While {@link #together} is set, reading waits until that many callbacks are read, so
 * that they reach the database at the same time.
 */
@ApplicationScoped
public class ContainerPayMethod implements PaymentMethod {

    static volatile CyclicBarrier together;

    @Override
    public String id() {
        return "container-pay";
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Testzahlung", "Test payment");
    }

    @Override
    public Offer offer(PaymentOrder order) {
        return Offer.available();
    }

    @Override
    public Started start(PaymentOrder order) {
        return new Started(
                "cp_" + order.number(), NextAction.client(java.util.Map.of("secret", "s_" + order.number())));
    }

    @Override
    public boolean verify(RawCallback callback) {
        return callback.header("X-Test-Signature").filter("ok"::equals).isPresent();
    }

    @Override
    public CallbackReport read(RawCallback callback) {
        String[] fields = new String(callback.body(), StandardCharsets.UTF_8).split(";");
        CyclicBarrier barrier = together;
        if (barrier != null) {
            try {
                barrier.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return CallbackReport.of(fields[0], fields[1], Outcome.valueOf(fields[2]));
    }

    @Override
    public RefundResult refund(RefundOrder refund) {
        return RefundResult.accepted("cr_" + refund.idempotencyKey());
    }
}
