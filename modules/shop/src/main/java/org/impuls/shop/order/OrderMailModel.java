package org.impuls.shop.order;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.impuls.core.api.language.LocalizedText;
import org.impuls.core.api.money.Money;
import org.impuls.directory.api.BusinessDirectory.BusinessInfo;
import org.impuls.directory.api.BusinessDirectory.LegalTexts;

/**
 * The values the order mails show, as texts ready to print in the mail's language: the customer's whole order, one
 * merchant's part, and the durable copy of a merchant's terms. Pure, so that what each mail holds is tested without a
 * server.
 */
final class OrderMailModel {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final Map<String, LocalizedText> METHODS = Map.of(
            "PICKUP", LocalizedText.of("Abholung", "Pick-up"),
            "LOCAL_DELIVERY", LocalizedText.of("Lieferung durch den Händler", "Local delivery by the merchant"),
            "PARCEL", LocalizedText.of("Paketversand", "Parcel"));

    private static final Map<String, LocalizedText> PAYMENTS = Map.of(
            "bank-transfer", LocalizedText.of("Vorkasse per Überweisung", "Bank transfer in advance"),
            "pay-at-pickup", LocalizedText.of("Bezahlung bei Abholung", "Payment at pick-up"));

    private OrderMailModel() {}

    /** The whole order for its customer: every part, the totals, the payment and, by bank transfer, each transfer. */
    static Map<String, Object> customer(OrderView.Customer order, boolean guest, Locale language) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("number", order.number());
        model.put("name", order.billingAddress().name());
        model.put("guest", guest);
        model.put("token", guest && order.accessToken() != null ? order.accessToken() : "");
        model.put(
                "parts",
                order.sellerOrders().stream().map(s -> part(s, language)).toList());
        model.put("total", money(order.totals().gross(), language));
        model.put(
                "vat",
                order.totals().vat().stream()
                        .map(r -> (Object) Map.of(
                                "rate", r.ratePercent(),
                                "net", money(r.net(), language),
                                "vat", money(r.vat(), language)))
                        .toList());
        String method = order.payment().method();
        model.put("payment", paymentName(method, language));
        model.put("bankTransfer", "bank-transfer".equals(method));
        model.put("payAtPickup", "pay-at-pickup".equals(method));
        model.put("transfers", transfers(order.payment(), language));
        return model;
    }

    /** One merchant's part for its staff: its lines and delivery, and whom to hand it to. Nothing of other parts. */
    static Map<String, Object> merchant(OrderView.Merchant order, Locale language) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("number", order.sellerOrder().number());
        model.put("customerOrder", order.customerOrderNumber());
        model.put("part", part(order.sellerOrder(), language));
        Address to = order.deliveryAddress() != null ? order.deliveryAddress() : order.billingAddress();
        model.put("customer", order.billingAddress().name());
        model.put("email", order.customerEmail());
        model.put("phone", order.customerPhone());
        model.put("address", address(to));
        model.put("idCheck", order.sellerOrder().idCheckAtHandover());
        String method = order.paymentMethod();
        model.put("payment", paymentName(method, language));
        return model;
    }

    /**
     * The merchant's terms and withdrawal policy as a text file: equal texts give equal bytes, so the outbox stores one
     * copy per version however many mails carry it.
     */
    static byte[] termsCopy(BusinessInfo business) {
        LegalTexts legal = business.legal();
        String text = business.name() + "\n" + business.street() + ", " + business.postalCode() + " " + business.city()
                + "\n\nAllgemeine Geschäftsbedingungen / Terms and conditions\n\n"
                + orNone(legal == null ? null : legal.terms())
                + "\n\nWiderrufsbelehrung / Withdrawal policy\n\n"
                + orNone(legal == null ? null : legal.withdrawalPolicy()) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code agb-<slug>.txt}: one name per merchant. */
    static String termsFileName(BusinessInfo business) {
        return "agb-" + business.slug() + ".txt";
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "–" : text.strip();
    }

    private static Map<String, Object> part(OrderView.Seller s, Locale language) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("number", s.number());
        part.put("merchant", s.businessName());
        part.put(
                "lines",
                s.lines().stream()
                        .map(l -> (Object) Map.of(
                                "title", l.title(),
                                "variant", l.variantLabel() == null ? "" : l.variantLabel(),
                                "quantity", l.quantity(),
                                "unitPrice", money(l.unitPrice(), language),
                                "deposit", l.depositTotal().cents() == 0 ? "" : money(l.depositTotal(), language),
                                "lineTotal", money(l.lineTotal(), language)))
                        .toList());
        String method = s.delivery().method();
        part.put(
                "delivery",
                METHODS.getOrDefault(method, LocalizedText.of(method, method)).in(language));
        part.put("deliveryCost", money(s.delivery().cost(), language));
        part.put("pickupAt", pickUp(s.delivery().pickupAt(), language));
        part.put("total", money(s.total(), language));
        return part;
    }

    /** By bank transfer, each merchant's transfer (holder, IBAN, BIC, amount, reference, its seller order). */
    static List<Object> transfers(OrderView.Payment payment, Locale language) {
        if (payment.nextAction() == null || payment.nextAction().data() == null) {
            return List.of();
        }
        Object transfers = payment.nextAction().data().get("transfers");
        if (!(transfers instanceof List<?>)) {
            return List.of();
        }
        return ((List<?>) transfers)
                .stream()
                        .filter(Map.class::isInstance)
                        .map(t -> (Map<?, ?>) t)
                        .map(t -> (Object) Map.of(
                                "holder", String.valueOf(t.get("accountHolder")),
                                "iban", String.valueOf(t.get("iban")),
                                "bic", String.valueOf(t.get("bic")),
                                "amount",
                                        money(
                                                new Money(
                                                        ((Number) t.get("amountCents")).longValue(),
                                                        String.valueOf(t.get("currency"))),
                                                language),
                                "reference", String.valueOf(t.get("reference")),
                                "sellerOrder", String.valueOf(t.get("sellerOrder"))))
                        .toList();
    }

    static String address(Address a) {
        return a.name() + (a.company() == null || a.company().isBlank() ? "" : ", " + a.company()) + ", " + a.street()
                + ", " + a.postalCode() + " " + a.city();
    }

    /** The payment method's name in the language, a plugin's id as it is. */
    static String paymentName(String method, Locale language) {
        return PAYMENTS.getOrDefault(method, LocalizedText.of(method, method)).in(language);
    }

    static String pickUp(Instant at, Locale language) {
        if (at == null) {
            return "";
        }
        String pattern = language.getLanguage().equals("en") ? "d MMM yyyy, HH:mm" : "dd.MM.yyyy, HH:mm 'Uhr'";
        return DateTimeFormatter.ofPattern(pattern, language).withZone(BERLIN).format(at);
    }

    private static String money(Money money, Locale language) {
        return money.format(language);
    }
}
