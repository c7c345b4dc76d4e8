package org.impuls.shop.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commission percentage the operator may set, and the amount it takes from a seller order: half-up to the cent. */
class CommissionRateTest {

    @Provide
    Arbitrary<CommissionRate> rates() {
        return Arbitraries.integers()
                .between(0, 3000)
                .map(hundredths -> new CommissionRate(BigDecimal.valueOf(hundredths, 2)));
    }

    @Property
    void noCommissionAtZeroPercent(@ForAll @LongRange(min = 0, max = 100_000_000) long cents) {
        assertThat(CommissionRate.parse("0").of(Money.euros(cents))).isEqualTo(Money.euros(0));
    }

    @Property
    void neverMoreThanTheBase(
            @ForAll("rates") CommissionRate rate, @ForAll @LongRange(min = 0, max = 100_000_000) long cents) {
        Money commission = rate.of(Money.euros(cents));
        assertThat(commission.cents()).isBetween(0L, cents);
        assertThat(commission.currency()).isEqualTo(Money.EURO);
    }

    @Property
    void aLargerBaseNeverTakesLess(
            @ForAll("rates") CommissionRate rate,
            @ForAll @LongRange(min = 0, max = 100_000_000) long cents,
            @ForAll @LongRange(min = 0, max = 100_000) long more) {
        assertThat(rate.of(Money.euros(cents + more)).cents())
                .isGreaterThanOrEqualTo(rate.of(Money.euros(cents)).cents());
    }

    @Property
    void withinHalfACentOfTheExactAmount(
            @ForAll("rates") CommissionRate rate, @ForAll @LongRange(min = 0, max = 100_000_000) long cents) {
        BigDecimal exact = BigDecimal.valueOf(cents).multiply(rate.percent()).divide(BigDecimal.valueOf(100));
        BigDecimal off = exact.subtract(
                        BigDecimal.valueOf(rate.of(Money.euros(cents)).cents()))
                .abs();
        assertThat(off).isLessThanOrEqualTo(new BigDecimal("0.5"));
    }

    @Test
    void halfACentRoundsUp() {
        // 4.75 % of 10.00 € = 47.5 cents; 5 % of 0.10 € = 0.5 cents; 5 % of 0.09 € = 0.45 cents
        assertThat(CommissionRate.parse("4.75").of(Money.euros(1000))).isEqualTo(Money.euros(48));
        assertThat(CommissionRate.parse("5").of(Money.euros(10))).isEqualTo(Money.euros(1));
        assertThat(CommissionRate.parse("5").of(Money.euros(9))).isEqualTo(Money.euros(0));
        assertThat(CommissionRate.parse("30").of(Money.euros(2999))).isEqualTo(Money.euros(900));
    }

    @Test
    void readsPointOrCommaAndKeepsTwoDecimals() {
        assertThat(CommissionRate.parse("4,75").percent()).isEqualByComparingTo("4.75");
        assertThat(CommissionRate.parse(" 5 ").text()).isEqualTo("5.00");
        assertThat(CommissionRate.parse("0.5").text()).isEqualTo("0.50");
        assertThat(CommissionRate.parse("30.00").text()).isEqualTo("30.00");
        assertThat(new CommissionRate(new BigDecimal("4.750")).text()).isEqualTo("4.75");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "-1", "30.01", "31", "100", "4.755", "4,7,5", "abc", "5%", "1e1", ".5"})
    void refusesWhatIsNoPercentageFromZeroToThirty(String text) {
        assertThatThrownBy(() -> CommissionRate.parse(text))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refusal -> assertThat(refusal.field()).contains("percent"));
    }

    @Test
    void refusesNoPercentageAndANegativeBase() {
        assertThatThrownBy(() -> CommissionRate.parse(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new CommissionRate(new BigDecimal("4.755"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CommissionRate.parse("5").of(Money.euros(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
