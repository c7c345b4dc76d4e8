package org.impuls.core.api.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void englishReadersGetEnglishWhenThereIsSome() {
        assertEquals("Bakery", LocalizedText.of("Bäckerei", "Bakery").in(Locale.ENGLISH));
        assertEquals("Bäckerei", LocalizedText.of("Bäckerei", "Bakery").in(Locale.GERMAN));
    }

    @Test
    void aMissingEnglishTextFallsBackToGerman() {
        assertEquals("Bäckerei", LocalizedText.of("Bäckerei", "  ").in(Locale.ENGLISH));
        assertEquals("Bäckerei", LocalizedText.german("Bäckerei").in(Locale.UK));
    }

    @Test
    void otherLanguagesReadGerman() {
        assertEquals("Bäckerei", LocalizedText.of("Bäckerei", "Bakery").in(Locale.FRENCH));
    }
}
