package org.impuls.shop.payment;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** IBANs by ISO 13616: the country's length and the mod-97 check digits; BICs by ISO 9362's format. */
class IbanTest {

    @Test
    void validIbansAsPeopleTypeThem() {
        assertThat(Iban.problem("DE89370400440532013000")).isEmpty();
        assertThat(Iban.problem("de89 3704 0044 0532 0130 00"))
                .as("blanks and small letters")
                .isEmpty();
        assertThat(Iban.parse(" DE89 3704 0044 0532 0130 00 ").orElseThrow().value())
                .isEqualTo("DE89370400440532013000");
        assertThat(Iban.problem("AT611904300234573201")).isEmpty();
        assertThat(Iban.problem("GB29 NWBK 6016 1331 9268 19"))
                .as("letters in the BBAN")
                .isEmpty();
        assertThat(Iban.problem("FR14 2004 1010 0505 0001 3M02 606")).isEmpty();
        assertThat(new Iban("DE89370400440532013000").grouped()).isEqualTo("DE89 3704 0044 0532 0130 00");
    }

    @Test
    void oneChangedDigitTheWrongLengthOrAnUnknownCountryFails() {
        assertThat(Iban.problem("DE89370400440532013001"))
                .hasValueSatisfying(p -> assertThat(p).contains("check digits"));
        assertThat(Iban.problem("DE88370400440532013000")).isPresent();
        assertThat(Iban.problem("DE8937040044053201300"))
                .as("21 characters")
                .hasValueSatisfying(p -> assertThat(p).contains("22"));
        assertThat(Iban.problem("DE893704004405320130000")).isPresent();
        assertThat(Iban.problem("XX89370400440532013000")).isPresent();
        assertThat(Iban.problem("")).isPresent();
        assertThat(Iban.problem(null)).isPresent();
        assertThat(Iban.problem("DE89-3704-0044-0532-0130-0Ä")).isPresent();
    }

    @Test
    void checkDigitsAreComputedForANationalAccountNumber() {
        assertThat(Iban.of("DE", "370400440532013000").value()).isEqualTo("DE89370400440532013000");
        assertThat(Iban.of("DE", "999900004000000001").value()).startsWith("DE").hasSize(22);
    }

    @Property
    void aComputedCheckDigitValidatesAndAnySingleDigitChangeDoesNot(
            @ForAll @StringLength(18) @NumericChars String bban,
            @ForAll @IntRange(min = 2, max = 21) int position,
            @ForAll @IntRange(min = 1, max = 9) int change) {
        String iban = Iban.of("DE", bban).value();
        assertThat(Iban.problem(iban)).isEmpty();

        char[] changed = iban.toCharArray();
        changed[position] = (char) ('0' + (changed[position] - '0' + change) % 10);
        assertThat(Iban.problem(new String(changed))).as(new String(changed)).isPresent();
    }

    @Test
    void bicsOfEightOrElevenCharactersInTheirFormat() {
        assertThat(Bic.problem("COBADEFFXXX")).isEmpty();
        assertThat(Bic.problem("cobadeff")).isEmpty();
        assertThat(Bic.normalise(" coba de ff xxx")).isEqualTo("COBADEFFXXX");
        assertThat(Bic.problem("COBADEF")).isPresent();
        assertThat(Bic.problem("COBADEFFXX")).as("ten").isPresent();
        assertThat(Bic.problem("C0BADEFFXXX")).as("a digit in the bank code").isPresent();
        assertThat(Bic.problem("COBA12FFXXX")).as("digits as country").isPresent();
        assertThat(Bic.problem("")).isPresent();
    }
}
