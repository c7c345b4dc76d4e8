package org.impuls.shop.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.impuls.core.api.language.LocalizedText;
import org.impuls.shop.api.payment.NextAction;
import org.impuls.shop.api.payment.Offer;
import org.impuls.shop.api.payment.PaymentOrder;
import org.impuls.shop.api.payment.RefundOrder;
import org.impuls.shop.api.payment.RefundResult;
import org.impuls.shop.api.payment.SellerPart;
import org.impuls.shop.api.payment.Started;

/**
 * Bank transfer in advance: when every merchant of the order has an account in its payment settings. The customer
 * transfers each seller order's amount to its merchant, with the seller order's number as the reference; each
 * merchant marks its part received. Refunds are transferred back by the merchant.
 */
@ApplicationScoped
public class BankTransfer implements CollectedByMerchants {

    public static final String ID = "bank-transfer";

    private static final LocalizedText LABEL = LocalizedText.of("Vorkasse per Überweisung", "Bank transfer in advance");

    private static final LocalizedText NO_ACCOUNT = LocalizedText.of(
            "Nicht jeder Händler dieser Bestellung nimmt Überweisungen an.",
            "Not every merchant of this order accepts bank transfers.");

    @Inject
    PaymentSettings settings;

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
        return order.parts().stream().allMatch(part -> account(part).isPresent())
                ? Offer.available()
                : Offer.refused(NO_ACCOUNT.in(order.language()));
    }

    /** Nothing to do now; the data says where each part goes: {@code {"transfers": [{…}, …]}}. */
    @Override
    public Started start(PaymentOrder order) {
        List<Object> transfers = order.parts().stream()
                .map(part -> (Object) transfer(part, account(part).orElseThrow()))
                .toList();
        return new Started(order.number(), NextAction.none(Map.of("transfers", transfers)));
    }

    private static Map<String, Object> transfer(SellerPart part, PaymentSettingsForm account) {
        Map<String, Object> transfer = new LinkedHashMap<>();
        transfer.put("sellerOrder", part.number());
        transfer.put("businessId", part.businessId());
        transfer.put("accountHolder", account.getAccountHolder());
        transfer.put("iban", account.getIban());
        transfer.put("bic", account.getBic());
        transfer.put("amountCents", part.amount().cents());
        transfer.put("currency", part.amount().currency());
        transfer.put("reference", part.number());
        return transfer;
    }

    private Optional<PaymentSettingsForm> account(SellerPart part) {
        return settings.stored(part.businessId()).filter(PaymentSettingsForm::complete);
    }

    @Override
    public RefundResult refund(RefundOrder refund) {
        return RefundResult.accepted("transfer-back:" + refund.idempotencyKey());
    }
}
