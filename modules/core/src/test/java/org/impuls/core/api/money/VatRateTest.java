package org.impuls.core.api.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.impuls.core.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class VatRateTest {

    @Test
    void theVatInATypicalGrossPrice() {
        assertThat(VatRate.STANDARD.vatIn(Money.euros(1190))).isEqualTo(Money.euros(190));
        assertThat(VatRate.REDUCED.vatIn(Money.euros(107))).isEqualTo(Money.euros(7));
        assertThat(VatRate.REDUCED.vatIn(Money.euros(349)))
                .as("3.49 € bread: 22.83 ct → 23 ct")
                .isEqualTo(Money.euros(23));
        assertThat(VatRate.ZERO.vatIn(Money.euros(999))).isEqualTo(Money.euros(0));
        assertThat(VatRate.STANDARD.netOf(Money.euros(1999))).isEqualTo(Money.euros(1680));
    }

    @Test
    void onlyTheGermanRatesExist() {
        assertThat(VatRate.ofPercent(7)).isEqualTo(VatRate.REDUCED);
        assertThatThrownBy(() -> VatRate.ofPercent(16)).isInstanceOf(InvalidInputException.class);
    }

    @Property
    void netPlusVatIsAlwaysTheGrossPrice(
            @ForAll @LongRange(min = 0, max = 100_000_000) long cents, @ForAll VatRate rate) {
        Money gross = Money.euros(cents);

        assertThat(rate.netOf(gross).plus(rate.vatIn(gross))).isEqualTo(gross);
        assertThat(rate.vatIn(gross).cents()).isBetween(0L, cents);
    }
}
