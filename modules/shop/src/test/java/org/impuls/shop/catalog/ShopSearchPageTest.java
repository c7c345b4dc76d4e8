package org.impuls.shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;
import org.impuls.core.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class ShopSearchPageTest {

    private final List<ProductSearch.Criteria> asked = new ArrayList<>();

    private ShopSearchPage page(Locale language) {
        ShopSearchPage page = new ShopSearchPage();
        page.catalog = new Catalog() {
            @Override
            public Result search(ProductSearch.Criteria criteria, PageRequest request, Locale locale) {
                asked.add(criteria);
                return new Result(ResultPage.of(List.of(), 0, request), List.of(), List.of());
            }
        };
        page.feedback = new Labels(language);
        return page;
    }

    @Test
    void thePriceFilterIsReadAsTheVisitorsLanguageWritesIt() {
        ShopSearchPage german = page(Locale.GERMAN);
        german.setMinPrice("3,50");
        german.setMaxPrice("1.200");
        german.search();
        ShopSearchPage english = page(Locale.ENGLISH);
        english.setMinPrice("€3.50");
        english.search();

        assertThat(asked).extracting(ProductSearch.Criteria::minPriceCents).containsExactly(350L, 350L);
        assertThat(asked.get(0).maxPriceCents()).isEqualTo(120000L);
        assertThat(german.getProblem()).isNull();
    }

    @Test
    void anOverPreciseOrForeignPriceIsRefusedWithTheFilterNamedNotRoundedOrDropped() {
        ShopSearchPage german = page(Locale.GERMAN);
        german.setMinPrice("3,505");
        german.search();
        ShopSearchPage english = page(Locale.ENGLISH);
        english.setMaxPrice("3,50");
        english.search();

        assertThat(asked).as("no search with a price the visitor did not mean").isEmpty();
        assertThat(german.getProblem())
                .startsWith("Preis ab (€): ")
                .contains("„3,505“", "zwei Nachkommastellen", "12,50");
        assertThat(german.getMinPrice()).as("the field keeps what was typed").isEqualTo("3,505");
        assertThat(english.getProblem()).startsWith("Price up to (€): ").contains("12.50");
        assertThat(english.getResults().total()).isZero();
    }

    @Test
    void heuteAbholenSearchesAmongTheMerchantsOpenForPickupNowAndOnlyWhenTicked() {
        List<java.time.Instant> askedAt = new ArrayList<>();
        ShopSearchPage ticked = page(Locale.GERMAN);
        ticked.pickupMerchants = now -> {
            askedAt.add(now);
            return java.util.Set.of(4L, 9L);
        };
        ticked.setPickupToday(true);
        ticked.search();
        ShopSearchPage unticked = page(Locale.GERMAN);
        unticked.pickupMerchants = ticked.pickupMerchants;
        unticked.search();

        assertThat(asked.get(0).pickupToday()).containsExactlyInAnyOrder(4L, 9L);
        assertThat(asked.get(0).filtersStock()).as("only products in stock").isTrue();
        assertThat(asked.get(1).pickupToday()).isNull();
        assertThat(asked.get(1).filtersStock()).isFalse();
        assertThat(askedAt).hasSize(1);
    }

    /** The labels of the price filters in the visitor's language, as the shop's message files have them. */
    private record Labels(Locale locale) implements FormFeedback {

        @Override
        public void refusal(InvalidInputException refusal, String formId, String prefix) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void info(String key, Object... arguments) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String text(String key, Object... arguments) {
            boolean german = locale.getLanguage().equals("de");
            return Map.of(
                            "shop.search.min",
                            german ? "Preis ab (€)" : "Price from (€)",
                            "shop.search.max",
                            german ? "Preis bis (€)" : "Price up to (€)")
                    .get(key);
        }
    }
}
