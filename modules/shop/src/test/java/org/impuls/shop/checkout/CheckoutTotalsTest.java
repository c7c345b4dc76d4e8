package org.impuls.shop.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.impuls.core.api.money.Money;
import org.impuls.core.api.money.VatTreatment;
import org.impuls.shop.api.payment.PaymentOrder;
import org.impuls.shop.api.payment.SellerPart;
import org.impuls.shop.cart.CartSummary;
import org.impuls.shop.delivery.DeliveryMethod;
import org.junit.jupiter.api.Test;

/** The summary of the checkout page comes to what placing the order charges. */
class CheckoutTotalsTest {

    private static CartSummary.Line line(long id, long cents, int quantity, long deposit, int rate) {
        return new CartSummary.Line(
                id,
                id,
                id,
                "Artikel " + id,
                "",
                null,
                Money.euros(cents),
                quantity,
                Money.euros(cents * quantity),
                Money.euros(deposit),
                Money.euros(deposit * quantity),
                rate,
                0,
                null,
                List.of());
    }

    private static CartSummary.Delivery option(DeliveryMethod method, boolean available, long cents) {
        return new CartSummary.Delivery(method, available, null, null, Money.euros(cents), null, null, List.of());
    }

    private static CartSummary.MerchantGroup group(
            long id, List<CartSummary.Line> lines, CartSummary.Delivery... options) {
        Money zero = Money.euros(0);
        return new CartSummary.MerchantGroup(
                id,
                "Händler " + id,
                "/betriebe/h" + id,
                VatTreatment.REGULAR,
                lines,
                zero,
                zero,
                zero,
                new CartSummary.Vat(VatTreatment.REGULAR, List.of(), zero, null),
                List.of(options),
                false,
                0);
    }

    private static CartSummary cart(CartSummary.MerchantGroup... groups) {
        Money zero = Money.euros(0);
        return new CartSummary(
                "c", 1, null, List.of(groups), new CartSummary.Totals(zero, zero, zero, List.of(), zero));
    }

    private final CartSummary cart = cart(
            group(
                    12,
                    List.of(line(1, 45, 6, 0, 7)),
                    option(DeliveryMethod.PICKUP, true, 0),
                    option(DeliveryMethod.LOCAL_DELIVERY, false, 300)),
            group(
                    15,
                    List.of(line(2, 1000, 1, 0, 19), line(3, 120, 2, 25, 19)),
                    option(DeliveryMethod.PARCEL, true, 490)));

    @Test
    void theChosenDeliveryCostsAndCarriesVatAsTheOrderWill() {
        CheckoutTotals totals = CheckoutTotals.of(cart, Map.of(12L, DeliveryMethod.PICKUP, 15L, DeliveryMethod.PARCEL));

        assertThat(totals.parts()).hasSize(2);
        assertThat(totals.parts().get(0).totals().total()).isEqualTo(Money.euros(270));
        CheckoutTotals.Part books = totals.parts().get(1);
        assertThat(books.totals().deposit()).isEqualTo(Money.euros(50));
        assertThat(books.totals().delivery()).isEqualTo(Money.euros(490));
        assertThat(books.totals().total()).isEqualTo(Money.euros(1000 + 240 + 50 + 490));
        assertThat(totals.totals().gross()).isEqualTo(Money.euros(270 + 1780));
        assertThat(totals.totals().vat()).extracting(v -> v.ratePercent()).containsExactly(19, 7);
        assertThat(totals.totals().vat().get(0).vat()).isEqualTo(Money.euros(284)); // 17,80 € contain 2,84 €
    }

    @Test
    void anUnavailableOrMissingChoiceCostsNothingYetAndThePaymentProbeCountsItAsAParcel() {
        CheckoutTotals totals = CheckoutTotals.of(cart, Map.of(12L, DeliveryMethod.LOCAL_DELIVERY));

        assertThat(totals.parts()).allMatch(p -> p.delivery() == null);
        assertThat(totals.totals().gross()).isEqualTo(Money.euros(270 + 1290));
        PaymentOrder probe = totals.probe("erika@example.org", Locale.GERMAN);
        assertThat(probe.total()).isEqualTo(totals.totals().gross());
        assertThat(probe.parts()).extracting(SellerPart::delivery).containsOnly(SellerPart.Delivery.PARCEL);
        assertThat(probe.allPickedUp()).isFalse();
    }

    @Test
    void nothingToBuyHasNoProbe() {
        assertThat(CheckoutTotals.of(cart(), Map.of()).probe(null, Locale.GERMAN))
                .isNull();
    }
}
