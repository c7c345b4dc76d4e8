package org.impuls.shop.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.impuls.core.api.money.Money;
import org.impuls.core.api.money.VatRate;
import org.impuls.core.api.money.VatTreatment;
import org.impuls.shop.commission.CommissionRate;
import org.junit.jupiter.api.Test;

/**
 * The split of a checkout into seller orders and their totals: each seller order's total and VAT per rate from its
 * lines, deposits and delivery; the customer order's gross the sum of its seller orders'; the commission frozen on the
 * gross goods.
 */
class OrderSplitTest {

    /** One merchant's part: its VAT treatment, lines, delivery cost and commission rate. */
    record Part(VatTreatment treatment, List<LineSnapshot> lines, Money delivery, CommissionRate rate) {
        SellerTotals totals() {
            return SellerTotals.of(treatment, lines, delivery, rate);
        }
    }

    @Provide
    Arbitrary<LineSnapshot> lines() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 50_000),
                        Arbitraries.integers().between(1, 99),
                        Arbitraries.longs().between(0, 200).injectDuplicates(0.5),
                        Arbitraries.of(0, 7, 19),
                        Arbitraries.longs().between(1, 1_000_000))
                .as((price, quantity, deposit, rate, variant) -> new LineSnapshot(
                        variant,
                        variant,
                        "Ware " + variant,
                        "",
                        "SKU" + variant,
                        Money.euros(price),
                        quantity,
                        Money.euros(deposit % 3 == 0 ? 0 : deposit),
                        rate,
                        0));
    }

    @Provide
    Arbitrary<Part> parts() {
        return Combinators.combine(
                        Arbitraries.of(VatTreatment.class),
                        lines().list().ofMinSize(1).ofMaxSize(8),
                        Arbitraries.longs().between(0, 2_000).map(Money::euros),
                        Arbitraries.integers()
                                .between(0, 3000)
                                .map(hundredths -> new CommissionRate(BigDecimal.valueOf(hundredths, 2))))
                .as(Part::new);
    }

    @Provide
    Arbitrary<List<Part>> orders() {
        return parts().list().ofMinSize(1).ofMaxSize(5);
    }

    @Property
    void aSellerOrdersTotalIsItsGoodsDepositAndDelivery(@ForAll("parts") Part part) {
        SellerTotals totals = part.totals();
        long goods = part.lines().stream()
                .mapToLong(l -> l.unitPrice().cents() * l.quantity())
                .sum();
        long deposit = part.lines().stream()
                .mapToLong(l -> l.depositPerUnit().cents() * l.quantity())
                .sum();
        assertThat(totals.goods().cents()).isEqualTo(goods);
        assertThat(totals.deposit().cents()).isEqualTo(deposit);
        assertThat(totals.total().cents())
                .isEqualTo(goods + deposit + part.delivery().cents());
    }

    @Property
    void theVatPerRateComesFromTheLinesTheirDepositsAndTheDelivery(@ForAll("parts") Part part) {
        SellerTotals totals = part.totals();
        if (part.treatment() == VatTreatment.SMALL_BUSINESS) {
            assertThat(totals.vat()).isEmpty();
            assertThat(totals.vatTotal().cents()).isZero();
            return;
        }
        Map<Integer, Long> goodsByRate = new TreeMap<>();
        for (LineSnapshot line : part.lines()) {
            goodsByRate.merge(
                    line.vatRatePercent(),
                    line.lineTotal().plus(line.depositTotal()).cents(),
                    Long::sum);
        }
        long grossOfRates = 0;
        long vat = 0;
        for (SellerTotals.RateLine rate : totals.vat()) {
            long goods = goodsByRate.getOrDefault(rate.ratePercent(), 0L);
            assertThat(rate.gross().cents())
                    .as("the rate's goods and deposits plus at most its share of the delivery")
                    .isBetween(goods, goods + part.delivery().cents());
            assertThat(rate.net().plus(rate.vat())).isEqualTo(rate.gross());
            assertThat(rate.vat())
                    .isEqualTo(VatRate.ofPercent(rate.ratePercent()).vatIn(rate.gross()));
            grossOfRates += rate.gross().cents();
            vat += rate.vat().cents();
        }
        assertThat(grossOfRates)
                .as("every cent is taxed at some rate")
                .isEqualTo(totals.total().cents());
        assertThat(totals.vatTotal().cents()).isEqualTo(vat);
    }

    @Property
    void theCommissionIsFrozenOnTheGrossGoodsWithoutDepositAndDelivery(@ForAll("parts") Part part) {
        SellerTotals totals = part.totals();
        assertThat(totals.commissionRate()).isEqualTo(part.rate());
        assertThat(totals.commission()).isEqualTo(part.rate().of(totals.goods()));
    }

    @Property
    void theCustomerOrdersGrossIsTheSumOfItsSellerOrders(@ForAll("orders") List<Part> parts) {
        if (parts.isEmpty()) {
            return;
        }
        List<SellerTotals> sellers =
                new ArrayList<>(parts.stream().map(Part::totals).toList());
        OrderTotals order = OrderTotals.of(sellers, Money.EURO);
        assertThat(order.gross().cents())
                .isEqualTo(sellers.stream().mapToLong(s -> s.total().cents()).sum());
        for (OrderTotals.RateTotal rate : order.vat()) {
            long vat = sellers.stream()
                    .flatMap(s -> s.vat().stream())
                    .filter(r -> r.ratePercent() == rate.ratePercent())
                    .mapToLong(r -> r.vat().cents())
                    .sum();
            assertThat(rate.vat().cents()).isEqualTo(vat);
        }
        assertThat(order.vat().stream().map(OrderTotals.RateTotal::ratePercent).toList())
                .as("highest rate first, each once")
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a))
                .doesNotHaveDuplicates();
    }

    @Test
    void aBakeryOrderWithDepositAndDelivery() {
        LineSnapshot rolls = new LineSnapshot(1, 1, "Brötchen", "", "B1", Money.euros(45), 6, Money.euros(0), 7, 0);
        LineSnapshot juice = new LineSnapshot(2, 2, "Saft", "1 l", "S1", Money.euros(120), 2, Money.euros(25), 19, 0);
        SellerTotals totals = SellerTotals.of(
                VatTreatment.REGULAR, List.of(rolls, juice), Money.euros(300), new CommissionRate(new BigDecimal("5")));
        assertThat(totals.goods()).isEqualTo(Money.euros(510));
        assertThat(totals.deposit()).isEqualTo(Money.euros(50));
        assertThat(totals.total()).isEqualTo(Money.euros(860));
        assertThat(totals.commission()).as("5 % of 5.10 €, half up").isEqualTo(Money.euros(26));
        assertThat(totals.vat()).extracting(SellerTotals.RateLine::ratePercent).containsExactly(19, 7);
    }

    @Test
    void numbersAreReadableAndSellerOrdersCountFromOne() {
        assertThat(OrderNumbers.customerOrder(2026, 123)).isEqualTo("2026-000123");
        assertThat(OrderNumbers.customerOrder(2026, 12_345_678)).isEqualTo("2026-12345678");
        assertThat(OrderNumbers.sellerOrder("2026-000123", 1)).isEqualTo("2026-000123-1");
        assertThat(OrderNumbers.sellerOrder("2026-000123", 3)).isEqualTo("2026-000123-3");
    }

    @Test
    void accessTokensCarry128RandomBits() {
        String token = OrderNumbers.accessToken();
        assertThat(token).matches("[A-Za-z0-9_-]{22}");
        assertThat(java.util.Base64.getUrlDecoder().decode(token)).hasSize(16);
        assertThat(OrderNumbers.accessToken()).isNotEqualTo(token);
    }
}
