package org.impuls.core.api.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void formatsTheWayEachLanguageWritesPrices() {
        Money price = Money.euros(1299);

        assertThat(price.format(Locale.GERMANY)).isEqualTo("12,99\u00a0€");
        assertThat(price.format(Locale.UK)).isEqualTo("€12.99");
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.euros(100).plus(new Money(100, "CHF")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EUR")
                .hasMessageContaining("CHF");
    }

    @Test
    void refusesWhatIsNotACurrency() {
        assertThatThrownBy(() -> new Money(1, "EURO")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void multiplyingIsRepeatedAdding(
            @ForAll @IntRange(min = -1_000_000, max = 1_000_000) int cents,
            @ForAll @IntRange(min = 0, max = 50) int quantity) {
        Money sum = Money.euros(0);
        for (int i = 0; i < quantity; i++) {
            sum = sum.plus(Money.euros(cents));
        }
        assertThat(Money.euros(cents).times(quantity)).isEqualTo(sum);
    }

    @Test
    void overflowIsAnErrorNotAWrongAmount() {
        assertThatThrownBy(() -> Money.euros(Long.MAX_VALUE).plus(Money.euros(1)))
                .isInstanceOf(ArithmeticException.class);
    }
}
