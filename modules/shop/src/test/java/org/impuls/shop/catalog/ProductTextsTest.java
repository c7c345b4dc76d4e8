package org.impuls.shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Title, description and allergens in the reader's language, by LocalizedText's one fallback rule. */
class ProductTextsTest {

    private final Product wine = new Product(7, "Riesling", new ShopCategory(), Instant.parse("2026-11-25T10:00:00Z"));

    @Test
    void englishReadersGetTheEnglishTextsAndGermanReadersTheGermanOnes() {
        wine.describe(
                "Riesling trocken",
                "Dry Riesling",
                "Vom Kalkstein.",
                "From limestone.",
                new ShopCategory(),
                "",
                ProductStatus.ACTIVE,
                List.of());

        assertThat(wine.title(Locale.ENGLISH)).isEqualTo("Dry Riesling");
        assertThat(wine.description(Locale.ENGLISH)).isEqualTo("From limestone.");
        assertThat(wine.title(Locale.GERMAN)).isEqualTo("Riesling trocken");
        assertThat(wine.description(Locale.GERMAN)).isEqualTo("Vom Kalkstein.");
    }

    @Test
    void aMissingEnglishTextShowsTheGermanOneAndTheFormStillSeesItEmpty() {
        wine.describe(
                "Riesling trocken",
                "",
                "Vom Kalkstein.",
                null,
                new ShopCategory(),
                "",
                ProductStatus.ACTIVE,
                List.of());

        assertThat(wine.title(Locale.ENGLISH)).isEqualTo("Riesling trocken");
        assertThat(wine.description(Locale.ENGLISH)).isEqualTo("Vom Kalkstein.");
        assertThat(wine.getTitleEn()).isEmpty();
        assertThat(wine.getDescriptionEn()).isEmpty();
        assertThat(wine.getTitleDe()).isEqualTo("Riesling trocken");
    }

    @Test
    void aNewProductHasItsGermanTitleOnly() {
        assertThat(wine.getTitleDe()).isEqualTo("Riesling");
        assertThat(wine.title(Locale.ENGLISH)).isEqualTo("Riesling");
        assertThat(wine.getDescriptionDe()).isEmpty();
    }

    @Test
    void allergensAreNamedInTheReadersLanguage() {
        assertThat(Allergen.SULPHITES.label(Locale.GERMAN)).isEqualTo("Schwefeldioxid und Sulphite");
        assertThat(Allergen.SULPHITES.label(Locale.UK)).isEqualTo("Sulphur dioxide and sulphites");
        assertThat(Allergen.MILK.label(Locale.FRENCH))
                .as("other languages read German")
                .isEqualTo("Milch (einschließlich Laktose)");
    }
}
