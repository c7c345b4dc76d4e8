package org.impuls.core.api.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.impuls.core.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountFormatTest {

    private static final AmountFormat GERMAN = AmountFormat.of(Locale.GERMAN);
    private static final AmountFormat ENGLISH = AmountFormat.of(Locale.ENGLISH);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "4,50|450",
                "4,5|450",
                "4|400",
                "4,50 €|450",
                "4,50€|450",
                "€ 4,50|450",
                " 1.234,50 |123450",
                "1.234|123400",
                "1.234.567,89|123456789",
                "1234,50|123450",
                "0,07|7",
                "0|0"
            })
    void readsAmountsAsGermansWriteThem(String typed, long cents) {
        assertThat(GERMAN.parse(typed, "price")).isEqualTo(Money.euros(cents));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "4.50|450",
                "4.5|450",
                "4|400",
                "€4.50|450",
                "€ 4.50|450",
                "4.50 €|450",
                "1,234.50|123450",
                "1,234|123400",
                "1,234,567.89|123456789",
                "1234.50|123450"
            })
    void readsAmountsAsTheEnglishWriteThem(String typed, long cents) {
        assertThat(ENGLISH.parse(typed, "price")).isEqualTo(Money.euros(cents));
    }

    @Test
    void germanRefusesEnglishSeparatorsAndBadGroupingNamingTheGermanForm() {
        for (String typed : new String[] {
            "4.50", "1,234.50", "1.23,4", "12.34.5", "1.2345", "4,", ",50", "vier", "", "4,50 $", "4 50"
        }) {
            assertThatThrownBy(() -> GERMAN.parse(typed, "price"))
                    .as(typed)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("kein Betrag in Euro")
                    .hasMessageContaining("12,50");
        }
    }

    @Test
    void englishRefusesGermanSeparatorsAndBadGroupingNamingTheEnglishForm() {
        for (String typed : new String[] {"4,50", "1.234,50", "1,23.4", "12,34,5", "four", ""}) {
            assertThatThrownBy(() -> ENGLISH.parse(typed, "price"))
                    .as(typed)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("not an amount in euros")
                    .hasMessageContaining("12.50");
        }
    }

    @Test
    void moreThanTwoDecimalsAreRefusedNotRounded() {
        assertThatThrownBy(() -> GERMAN.parse("4,505", "price"))
                .hasMessage("„4,505“ hat mehr als zwei Nachkommastellen; "
                        + "bitte den Betrag auf den Cent genau angeben, z. B. 12,50.");
        assertThatThrownBy(() -> ENGLISH.parse("1.234", "price"))
                .as("an English point is always the decimal one")
                .hasMessageContaining("more than two decimal places")
                .hasMessageContaining("12.50");
    }

    @Test
    void negativeAmountsOnlyWhenTheCallerAsksForThem() {
        assertThatThrownBy(() -> GERMAN.parse("-4,50", "price"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("negativ");
        assertThatThrownBy(() -> ENGLISH.parse("-€4.50", "price")).hasMessageContaining("negative");

        assertThat(GERMAN.signed().parse("-4,50 €", "correction")).isEqualTo(Money.euros(-450));
        assertThat(ENGLISH.signed().parse("-€1,234.50", "correction")).isEqualTo(Money.euros(-123450));
        assertThat(ENGLISH.signed().parse("€-4.50", "correction")).isEqualTo(Money.euros(-450));
        assertThat(GERMAN.signed().parse("4,50", "correction")).isEqualTo(Money.euros(450));
    }

    @Test
    void aRefusalNamesTheFieldSoThatFormsShowItThere() {
        assertThatThrownBy(() -> GERMAN.parse("drei", "localFee"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refusal -> assertThat(refusal.errors())
                                .singleElement()
                                .satisfies(error -> assertThat(error.path()).isEqualTo("localFee")));
        assertThatThrownBy(() -> Money.parse("drei", Locale.GERMAN))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refusal -> assertThat(refusal.errors()).isEmpty());
    }

    @Test
    void theLanguageDecidesAndEverythingButEnglishIsWrittenTheGermanWay() {
        assertThat(Money.parse("1.234,50", Locale.GERMANY)).isEqualTo(Money.euros(123450));
        assertThat(Money.parse("1,234.50", Locale.UK)).isEqualTo(Money.euros(123450));
        assertThat(AmountFormat.of(Locale.FRENCH).language()).isEqualTo(Locale.GERMAN);
        assertThat(AmountFormat.of(null).language()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void formFieldsShowPlainAmountsInTheLanguage() {
        assertThat(GERMAN.format(Money.euros(123450))).isEqualTo("1234,50");
        assertThat(ENGLISH.format(Money.euros(123450))).isEqualTo("1234.50");
        assertThat(GERMAN.format(Money.euros(7))).isEqualTo("0,07");
        assertThat(ENGLISH.format(Money.euros(-450))).isEqualTo("-4.50");
    }

    @Property
    void whatIsFormattedIsReadBackAsTheSameAmount(
            @ForAll @LongRange(min = 0, max = 1_000_000_000) long cents, @ForAll("languages") Locale locale) {
        Money amount = Money.euros(cents);

        assertThat(Money.parse(amount.format(locale), locale))
                .as(amount.format(locale))
                .isEqualTo(amount);
        assertThat(Money.parse(AmountFormat.of(locale).format(amount), locale)).isEqualTo(amount);
    }

    @Property
    void negativeAmountsAreReadBackWhenAskedFor(
            @ForAll @LongRange(min = -1_000_000_000, max = 0) long cents, @ForAll("languages") Locale locale) {
        Money amount = Money.euros(cents);
        AmountFormat signed = AmountFormat.of(locale).signed();

        assertThat(signed.parse(amount.format(locale), "amount"))
                .as(amount.format(locale))
                .isEqualTo(amount);
        assertThat(signed.parse(signed.format(amount), "amount")).isEqualTo(amount);
    }

    @Provide
    Arbitrary<Locale> languages() {
        return Arbitraries.of(Locale.GERMAN, Locale.GERMANY, Locale.ENGLISH, Locale.UK);
    }
}
