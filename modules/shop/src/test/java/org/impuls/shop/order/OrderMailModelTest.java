package org.impuls.shop.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.impuls.core.api.money.Money;
import org.impuls.core.api.money.VatTreatment;
import org.impuls.directory.api.BusinessDirectory.BusinessInfo;
import org.impuls.directory.api.BusinessDirectory.LegalTexts;
import org.impuls.directory.api.BusinessKind;
import org.junit.jupiter.api.Test;

class OrderMailModelTest {

    private static final Address ERIKA =
            new Address("Erika Muster", null, null, "Marktstraße 5", "67655", "Kaiserslautern", "DE");

    @Test
    void theCustomerSeesEveryPartTheTotalsAndWhereToTransferEachPart() {
        OrderView.Customer order = order();

        Map<String, Object> model = OrderMailModel.customer(order, true, Locale.ENGLISH);

        assertThat((List<?>) model.get("parts")).hasSize(2);
        Map<?, ?> bakery = (Map<?, ?>) ((List<?>) model.get("parts")).get(0);
        assertThat(bakery.get("merchant")).isEqualTo("Bakery");
        assertThat(bakery.get("delivery")).isEqualTo("Pick-up");
        assertThat((String) bakery.get("pickupAt")).contains("2026").contains("10:30");
        Map<?, ?> rolls = (Map<?, ?>) ((List<?>) bakery.get("lines")).get(0);
        assertThat(rolls.get("quantity")).isEqualTo(6);
        assertThat(rolls.get("lineTotal")).isEqualTo(Money.euros(270).format(Locale.ENGLISH));
        assertThat(model.get("total")).isEqualTo(Money.euros(2070).format(Locale.ENGLISH));
        assertThat(model.get("token")).isEqualTo("secret-token");
        assertThat(model.get("bankTransfer")).isEqualTo(true);
        Map<?, ?> transfer = (Map<?, ?>) ((List<?>) model.get("transfers")).get(1);
        assertThat(transfer.get("reference")).isEqualTo("2026-000001-2");
        assertThat(transfer.get("iban")).isEqualTo("DE89370400440532013000");
        assertThat(transfer.get("amount")).isEqualTo(Money.euros(1800).format(Locale.ENGLISH));
    }

    @Test
    void anAccountsConfirmationCarriesNoToken() {
        assertThat(OrderMailModel.customer(order(), false, Locale.GERMAN).get("token"))
                .isEqualTo("");
    }

    @Test
    void theMerchantSeesOnlyItsOwnPartAndWhereItGoes() {
        OrderView.Customer order = order();
        OrderView.Merchant butcher = new OrderView.Merchant(
                order.number(),
                order.placedAt(),
                "erika@example.org",
                "+49 631 1",
                ERIKA,
                null,
                order.sellerOrders().get(1),
                null,
                "bank-transfer",
                "PENDING");

        Map<String, Object> model = OrderMailModel.merchant(butcher, Locale.GERMAN);

        assertThat(model.toString())
                .contains("Bratwurst")
                .doesNotContain("Brötchen")
                .doesNotContain("Bakery");
        assertThat(model.get("idCheck")).isEqualTo(true);
        assertThat(model.get("address")).isEqualTo("Erika Muster, Marktstraße 5, 67655 Kaiserslautern");
        assertThat(model.get("number")).isEqualTo("2026-000001-2");
    }

    @Test
    void equalTermsGiveEqualBytesAndChangedTermsOthers() {
        byte[] first = OrderMailModel.termsCopy(business("AGB v1"));
        byte[] again = OrderMailModel.termsCopy(business("AGB v1"));
        byte[] changed = OrderMailModel.termsCopy(business("AGB v2"));

        assertThat(first).isEqualTo(again).isNotEqualTo(changed);
        assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8))
                .contains("AGB v1")
                .contains("Widerruf binnen 14 Tagen");
        assertThat(OrderMailModel.termsFileName(business("x"))).isEqualTo("agb-baeckerei.txt");
    }

    private static BusinessInfo business(String terms) {
        return new BusinessInfo(
                7,
                "baeckerei",
                "Bäckerei",
                BusinessKind.COMMERCIAL,
                false,
                true,
                "/betriebe/baeckerei",
                "Markt 1",
                "67655",
                "Kaiserslautern",
                3,
                VatTreatment.REGULAR,
                new LegalTexts("Lena", "", "", "", terms, "Widerruf binnen 14 Tagen", ""));
    }

    private static OrderView.Customer order() {
        OrderView.Seller bakery = seller(
                "2026-000001-1",
                1,
                "Bakery",
                line("Brötchen", 45, 6, 0),
                new OrderView.Delivery("PICKUP", Money.euros(0), Instant.parse("2026-12-02T09:30:00Z")),
                270,
                false);
        OrderView.Seller butcher = seller(
                "2026-000001-2",
                2,
                "Butcher",
                line("Bratwurst", 350, 4, 0),
                new OrderView.Delivery("LOCAL_DELIVERY", Money.euros(300), null),
                1800,
                true);
        Map<String, Object> transfers =
                Map.of("transfers", List.of(transfer("2026-000001-1", 270), transfer("2026-000001-2", 1800)));
        return new OrderView.Customer(
                "2026-000001",
                "secret-token",
                "PLACED",
                Instant.parse("2026-12-01T09:00:00Z"),
                "erika@example.org",
                "+49 631 1",
                ERIKA,
                null,
                List.of(bakery, butcher),
                new OrderView.Totals(
                        Money.euros(2070), List.of(new OrderTotals.RateTotal(7, Money.euros(1935), Money.euros(135)))),
                new OrderView.Payment("bank-transfer", "PENDING", new OrderView.NextAction("NONE", null, transfers)));
    }

    private static Map<String, Object> transfer(String reference, long cents) {
        return Map.of(
                "accountHolder", "Holder",
                "iban", "DE89370400440532013000",
                "bic", "COBADEFFXXX",
                "amountCents", cents,
                "currency", "EUR",
                "reference", reference);
    }

    private static OrderView.Line line(String title, long price, int quantity, long deposit) {
        return OrderView.Line.of(
                new LineSnapshot(1, 1, title, "", null, Money.euros(price), quantity, Money.euros(deposit), 7, 0));
    }

    private static OrderView.Seller seller(
            String number,
            long business,
            String name,
            OrderView.Line line,
            OrderView.Delivery delivery,
            long total,
            boolean idCheck) {
        return new OrderView.Seller(
                number,
                business,
                name,
                "PLACED",
                List.of(line),
                delivery,
                line.lineTotal(),
                Money.euros(0),
                Money.euros(total),
                List.of(),
                idCheck);
    }
}
