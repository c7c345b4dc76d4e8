package org.impuls.core.api.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.impuls.core.api.money.VatBreakdown.Line;
import org.impuls.core.api.money.VatBreakdown.RateTotal;
import org.junit.jupiter.api.Test;

class VatBreakdownTest {

    private static Line line(long cents, VatRate rate) {
        return new Line(Money.euros(cents), rate);
    }

    @Test
    void nineteenPercentOf119EurosIs19Euros() {
        VatBreakdown breakdown = VatBreakdown.of(VatTreatment.REGULAR, List.of(line(11900, VatRate.STANDARD)));

        assertThat(breakdown.rates()).singleElement().satisfies(rate -> {
            assertThat(rate.vat()).isEqualTo(Money.euros(1900));
            assertThat(rate.net()).isEqualTo(Money.euros(10000));
        });
        assertThat(breakdown.vat()).isEqualTo(Money.euros(1900));
        assertThat(breakdown.net()).isEqualTo(Money.euros(10000));
        assertThat(breakdown.noticeKey()).isEmpty();
    }

    @Test
    void vatIsRoundedOnceOverTheSumOfARatesLinesNotLineByLine() {
        // line by line three times 0,10 € at 7 % would be 3 × 1 ct; over the 0,30 € it is 1.96 ct → 2 ct
        VatBreakdown breakdown = VatBreakdown.of(
                VatTreatment.REGULAR,
                List.of(line(10, VatRate.REDUCED), line(10, VatRate.REDUCED), line(10, VatRate.REDUCED)));

        assertThat(breakdown.vat()).isEqualTo(Money.euros(2));
        assertThat(breakdown.net()).isEqualTo(Money.euros(28));
    }

    @Test
    void aMixedBasketSplitsItsDeliveryCostsByTheGrossValuePerRate() {
        // 2 × 11,90 € at 19 % and 3,49 € + 9,35 € at 7 %, delivered for 4,90 €:
        // 4,90 × 23,80 / 36,64 = 3,1828 € and 4,90 × 12,84 / 36,64 = 1,7171 €; the left-over cent goes to the larger
        // remainder
        VatBreakdown breakdown = VatBreakdown.of(
                VatTreatment.REGULAR,
                List.of(
                        line(1190, VatRate.STANDARD),
                        line(349, VatRate.REDUCED),
                        line(1190, VatRate.STANDARD),
                        line(935, VatRate.REDUCED)),
                Money.euros(490));

        assertThat(breakdown.rates()).extracting(RateTotal::rate).containsExactly(VatRate.STANDARD, VatRate.REDUCED);
        RateTotal standard = breakdown.rates().get(0);
        assertThat(standard.goods()).isEqualTo(Money.euros(2380));
        assertThat(standard.delivery()).isEqualTo(Money.euros(318));
        assertThat(standard.gross()).isEqualTo(Money.euros(2698));
        assertThat(standard.vat()).as("26,98 × 19/119 = 4,3077").isEqualTo(Money.euros(431));
        assertThat(standard.net()).isEqualTo(Money.euros(2267));
        RateTotal reduced = breakdown.rates().get(1);
        assertThat(reduced.goods()).isEqualTo(Money.euros(1284));
        assertThat(reduced.delivery()).isEqualTo(Money.euros(172));
        assertThat(reduced.vat()).as("14,56 × 7/107 = 0,9525").isEqualTo(Money.euros(95));
        assertThat(reduced.net()).isEqualTo(Money.euros(1361));
        assertThat(breakdown.gross()).isEqualTo(Money.euros(4154));
        assertThat(breakdown.vat()).isEqualTo(Money.euros(526));
        assertThat(breakdown.net()).isEqualTo(Money.euros(3628));
    }

    @Test
    void aCentThatSplitsEvenlyGoesToTheHigherRate() {
        VatBreakdown breakdown = VatBreakdown.of(
                VatTreatment.REGULAR, List.of(line(500, VatRate.REDUCED), line(500, VatRate.STANDARD)), Money.euros(1));

        assertThat(breakdown.rates())
                .extracting(rate -> rate.rate() + ":" + rate.delivery().cents())
                .containsExactly("STANDARD:1", "REDUCED:0");
    }

    @Test
    void deliveryOfNothingOfValueIsTaxedAtTheStandardRate() {
        VatBreakdown breakdown =
                VatBreakdown.of(VatTreatment.REGULAR, List.of(line(0, VatRate.REDUCED)), Money.euros(595));

        assertThat(breakdown.rates())
                .extracting(rate -> rate.rate() + ":" + rate.delivery().cents() + ":"
                        + rate.vat().cents())
                .containsExactly("STANDARD:595:95", "REDUCED:0:0");
    }

    @Test
    void goodsWithoutVatCarryTheirShareOfDeliveryWithoutVatToo() {
        VatBreakdown breakdown = VatBreakdown.of(
                VatTreatment.REGULAR,
                List.of(line(1000, VatRate.ZERO), line(1190, VatRate.STANDARD)),
                Money.euros(219));

        assertThat(breakdown.rates())
                .extracting(rate -> rate.rate() + ":" + rate.delivery().cents() + ":"
                        + rate.vat().cents())
                .containsExactly("STANDARD:119:209", "ZERO:100:0");
    }

    @Test
    void aSmallBusinessShowsNoVatButTheLegalNotice() {
        VatBreakdown breakdown = VatBreakdown.of(
                VatTreatment.SMALL_BUSINESS,
                List.of(line(11900, VatRate.STANDARD), line(349, VatRate.REDUCED)),
                Money.euros(490));

        assertThat(breakdown.rates()).isEmpty();
        assertThat(breakdown.vat()).isEqualTo(Money.euros(0));
        assertThat(breakdown.net()).isEqualTo(breakdown.gross()).isEqualTo(Money.euros(12739));
        assertThat(breakdown.noticeKey()).contains("core.vat.small-business");
        assertThat(MoneyTexts.format(Locale.GERMAN, breakdown.noticeKey().orElseThrow()))
                .isEqualTo("Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.");
        assertThat(MoneyTexts.format(Locale.ENGLISH, breakdown.noticeKey().orElseThrow()))
                .isEqualTo("No VAT is charged under § 19 UStG (small business).");
    }

    @Test
    void anEmptyBasketComesToNothing() {
        VatBreakdown breakdown = VatBreakdown.of(VatTreatment.REGULAR, List.of());

        assertThat(breakdown.rates()).isEmpty();
        assertThat(breakdown.gross()).isEqualTo(Money.euros(0));
        assertThat(breakdown.vat()).isEqualTo(Money.euros(0));
    }

    record Basket(List<Line> lines, Optional<Long> delivery) {}

    @Provide
    Arbitrary<Basket> baskets() {
        Arbitrary<Line> lines = Combinators.combine(
                        Arbitraries.longs().between(0, 10_000_000), Arbitraries.of(VatRate.class))
                .as((cents, rate) -> line(cents, rate));
        return Combinators.combine(
                        lines.list().ofMaxSize(30),
                        Arbitraries.longs().between(0, 100_000).optional())
                .as(Basket::new);
    }

    private static VatBreakdown breakdown(VatTreatment treatment, Basket basket) {
        return basket.delivery()
                .map(cents -> VatBreakdown.of(treatment, basket.lines(), Money.euros(cents)))
                .orElseGet(() -> VatBreakdown.of(treatment, basket.lines()));
    }

    @Property
    void netPlusVatIsTheGrossPerRateAndInTotalAndTheDeliveryPartsAddUp(@ForAll("baskets") Basket basket) {
        VatBreakdown breakdown = breakdown(VatTreatment.REGULAR, basket);
        long goods =
                basket.lines().stream().mapToLong(line -> line.gross().cents()).sum();
        long delivery = basket.delivery().orElse(0L);

        for (RateTotal rate : breakdown.rates()) {
            assertThat(rate.net().plus(rate.vat())).isEqualTo(rate.gross());
            assertThat(rate.goods().plus(rate.delivery())).isEqualTo(rate.gross());
            assertThat(rate.vat())
                    .as("the one rounding rule")
                    .isEqualTo(rate.rate().vatIn(rate.gross()));
            if (goods > 0) {
                BigDecimal exactShare = BigDecimal.valueOf(delivery)
                        .multiply(BigDecimal.valueOf(rate.goods().cents()))
                        .divide(BigDecimal.valueOf(goods), MathContext.DECIMAL64);
                assertThat(BigDecimal.valueOf(rate.delivery().cents())
                                .subtract(exactShare)
                                .abs())
                        .as("in proportion, within a cent")
                        .isLessThan(BigDecimal.ONE);
            }
        }
        assertThat(breakdown.rates().stream()
                        .mapToLong(rate -> rate.delivery().cents())
                        .sum())
                .isEqualTo(delivery);
        assertThat(breakdown.rates().stream()
                        .mapToLong(rate -> rate.gross().cents())
                        .sum())
                .isEqualTo(goods + delivery);
        assertThat(breakdown.rates().stream()
                        .mapToLong(rate -> rate.vat().cents())
                        .sum())
                .isEqualTo(breakdown.vat().cents());
        assertThat(breakdown.net().plus(breakdown.vat())).isEqualTo(breakdown.gross());
        assertThat(breakdown.gross()).isEqualTo(Money.euros(goods + delivery));
    }

    @Property
    void aSmallBusinessNeverChargesVat(@ForAll("baskets") Basket basket) {
        VatBreakdown breakdown = breakdown(VatTreatment.SMALL_BUSINESS, basket);

        assertThat(breakdown.vat()).isEqualTo(Money.euros(0));
        assertThat(breakdown.net()).isEqualTo(breakdown.gross());
        assertThat(breakdown.gross().cents())
                .isEqualTo(basket.lines().stream()
                                .mapToLong(line -> line.gross().cents())
                                .sum()
                        + basket.delivery().orElse(0L));
    }
}
