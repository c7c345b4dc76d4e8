package org.impuls.directory.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.impuls.directory.api.BusinessKind;
import org.junit.jupiter.api.Test;

/** A business's description in the reader's language, by LocalizedText's one fallback rule. */
class BusinessDescriptionTest {

    private final Business business = new Business(
            "baeckerei-mueller",
            "Bäckerei Müller",
            BusinessKind.COMMERCIAL,
            "Marktstraße 12",
            "67655",
            "Kaiserslautern",
            Instant.parse("2026-11-30T09:00:00Z"));

    @Test
    void englishReadersGetTheEnglishDescription() {
        business.describe("Brot aus dem Holzofen.", "Bread from the wood oven.");

        assertThat(business.description(Locale.ENGLISH)).isEqualTo("Bread from the wood oven.");
        assertThat(business.description(Locale.GERMAN)).isEqualTo("Brot aus dem Holzofen.");
        assertThat(BusinessForm.of(business).getDescriptionEn())
                .as("the form edits both")
                .isEqualTo("Bread from the wood oven.");
    }

    @Test
    void withoutAnEnglishDescriptionEveryoneReadsTheGermanOne() {
        business.describe("Brot aus dem Holzofen.", null);

        assertThat(business.description(Locale.ENGLISH)).isEqualTo("Brot aus dem Holzofen.");
        assertThat(business.getDescriptionEn()).isEmpty();
    }
}
