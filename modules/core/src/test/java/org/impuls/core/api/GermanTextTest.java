package org.impuls.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GermanTextTest {

    @ParameterizedTest(name = "\"{0}\" searches like \"{1}\"")
    @CsvSource({
        "Bäckerei, Baeckerei",
        "Bäckerei, Backerei",
        "Bäckerei, BÄCKEREI",
        "Bäckereien, Bäckerei",
        "Straße, Strasse",
        "Müller, Mueller",
        "Blumen, Blume",
        "Bücher, Buch",
        "Café, Cafe",
        "Metzgereien, metzgerei",
        "Öffnungszeiten, Oeffnungszeit",
    })
    void spellingVariantsShareOneSearchKey(String text, String variant) {
        assertThat(GermanText.searchKey(variant)).isEqualTo(GermanText.searchKey(text));
    }

    @Test
    void differentWordsKeepDifferentKeys() {
        assertThat(GermanText.searchKey("Bäckerei")).isNotEqualTo(GermanText.searchKey("Metzgerei"));
        assertThat(GermanText.searchKey("Feuer")).isNotEqualTo(GermanText.searchKey("Fur"));
    }

    @Test
    void punctuationSeparatesTerms() {
        assertThat(GermanText.terms("Bäckerei Müller & Söhne, Kaiserslautern"))
                .containsExactly("backerei", "mull", "sohn", "kaiserslaut");
    }

    @Test
    void blankTextHasNoTerms() {
        assertThat(GermanText.terms("  ,; ")).isEmpty();
        assertThat(GermanText.searchKey(null)).isEmpty();
    }

    @Property
    void foldingIsIdempotent(@ForAll String text) {
        String once = GermanText.fold(text);
        assertThat(GermanText.fold(once)).isEqualTo(once);
    }

    @Property
    void caseNeverMatters(
            @ForAll @AlphaChars @NumericChars @Chars({'ä', 'ö', 'ü', 'ß', 'Ä', 'Ö', 'Ü', 'é', ' ', '-'}) String text) {
        assertThat(GermanText.searchKey(text.toUpperCase())).isEqualTo(GermanText.searchKey(text.toLowerCase()));
    }
}
