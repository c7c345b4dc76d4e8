package org.impuls.plugins.testpay;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * A payment method as a plugin would write it, in a plugin's package, using the shop's published SPI only: a redirect to the provider's page, and
 * callbacks {@code key;reference;OUTCOME} signed by the header {@code X-Signature: ok}.
 */
public class TestPayMethod implements PaymentMethod {

    public final List<RefundOrder> refunds = new ArrayList<>();
    public final List<String> read = new ArrayList<>();
    private final String id;

    public TestPayMethod() {
        this("testpay");
    }

    public TestPayMethod(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Testzahlung", "Test payment");
    }

    @Override
    public Offer offer(PaymentOrder order) {
        return order.total().cents() > 0 ? Offer.available() : Offer.refused("nothing to pay");
    }

    @Override
    public Started start(PaymentOrder order) {
        return new Started(
                "tp_" + order.number(),
                NextAction.redirect(java.net.URI.create("https://pay.example/" + order.number())));
    }

    @Override
    public boolean verify(RawCallback callback) {
        return callback.header("x-signature").filter("ok"::equals).isPresent();
    }

    @Override
    public CallbackReport read(RawCallback callback) {
        String body = new String(callback.body(), StandardCharsets.UTF_8);
        read.add(body);
        String[] fields = body.split(";");
        return CallbackReport.of(fields[0], fields[1], Outcome.valueOf(fields[2]));
    }

    @Override
    public RefundResult refund(RefundOrder refund) {
        refunds.add(refund);
        return RefundResult.accepted("re_" + refunds.size());
    }

    public static RawCallback signed(String body) {
        return new RawCallback(body.getBytes(StandardCharsets.UTF_8), Map.of("X-Signature", List.of("ok")));
    }

    public static RawCallback unsigned(String body) {
        return new RawCallback(body.getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
