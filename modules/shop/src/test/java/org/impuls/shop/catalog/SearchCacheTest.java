package org.impuls.shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.impuls.core.api.category.CategoriesChanged;
import org.impuls.directory.api.BusinessChanged;
import org.impuls.shop.api.CatalogChanged;
import org.impuls.shop.api.StockChanged;
import org.junit.jupiter.api.Test;

/**
 * Kept search answers: asked again they come from memory, until a committed change forgets them all; a stock change
 * only those that show the stock of a product that sold out or came back.
 */
class SearchCacheTest {

    private final AtomicInteger searches = new AtomicInteger();

    private SearchCache cache(int seconds) {
        SearchCache cache = new SearchCache();
        cache.seconds = seconds;
        return cache;
    }

    private String search(String question) {
        return question + " #" + searches.incrementAndGet();
    }

    @Test
    void aQuestionAskedAgainIsAnsweredFromMemory() {
        SearchCache cache = cache(30);
        assertThat(cache.answer("honig", () -> search("honig"))).isEqualTo("honig #1");
        assertThat(cache.answer("honig", () -> search("honig"))).isEqualTo("honig #1");
        assertThat(cache.answer("brot", () -> search("brot"))).isEqualTo("brot #2");
    }

    @Test
    void aHeuteAbholenSearchIsAskedAfreshWhenTheMerchantsOpenForPickupChanged() {
        SearchCache cache = cache(30);
        ProductSearch.Criteria bothOpen = new ProductSearch.Criteria(
                "honig", null, null, null, null, false, null, null, java.util.Set.of(4L, 9L));
        ProductSearch.Criteria sameAgain = new ProductSearch.Criteria(
                "honig", null, null, null, null, false, null, null, java.util.Set.of(9L, 4L));
        ProductSearch.Criteria oneClosed =
                new ProductSearch.Criteria("honig", null, null, null, null, false, null, null, java.util.Set.of(9L));

        assertThat(cache.answer(bothOpen, () -> search("both"))).isEqualTo("both #1");
        assertThat(cache.answer(sameAgain, () -> search("both")))
                .as("the same merchants")
                .isEqualTo("both #1");
        assertThat(cache.answer(oneClosed, () -> search("one"))).isEqualTo("one #2");
    }

    @Test
    void aCatalogueOrListingChangeForgetsEveryAnswer() {
        SearchCache cache = cache(30);
        cache.answer("honig", () -> search("honig"));
        cache.catalogChanged(new CatalogChanged(1, 2));
        assertThat(cache.answer("honig", () -> search("honig"))).isEqualTo("honig #2");
        cache.businessChanged(new BusinessChanged(1));
        assertThat(cache.answer("honig", () -> search("honig"))).isEqualTo("honig #3");
    }

    @Test
    void aProductCategoryChangeForgetsEveryAnswerAndABusinessCategoryChangeNone() {
        SearchCache cache = cache(30);
        cache.answer("honig", () -> search("honig"));
        cache.categoriesChanged(new CategoriesChanged("directory", "imkereien"));
        assertThat(cache.answer("honig", () -> search("honig"))).isEqualTo("honig #1");
        cache.categoriesChanged(new CategoriesChanged("shop", "feinkost"));
        assertThat(cache.answer("honig", () -> search("honig"))).isEqualTo("honig #2");
    }

    @Test
    void anAnswerFoundWhileTheCatalogueChangedIsNotKept() {
        SearchCache cache = cache(30);
        cache.answer("honig", () -> {
            cache.catalogChanged(new CatalogChanged(1, 2)); // committed by another request meanwhile
            return search("honig");
        });
        assertThat(cache.answer("honig", () -> search("honig"))).isEqualTo("honig #2");
    }

    @Test
    void zeroSecondsKeepsNothing() {
        SearchCache cache = cache(0);
        cache.answer("honig", () -> search("honig"));
        assertThat(cache.answer("honig", () -> search("honig"))).isEqualTo("honig #2");
    }

    @Test
    void theCacheStaysWithinItsSize() {
        SearchCache cache = cache(30);
        for (int i = 0; i <= SearchCache.MAX_ANSWERS; i++) {
            int question = i;
            cache.answer(question, () -> search("q" + question));
        }
        assertThat(cache.size()).isLessThanOrEqualTo(SearchCache.MAX_ANSWERS);
    }

    /** A question like the catalogue's: its answer lists products, and it may filter by "in stock". */
    private record Listing(String text, boolean inStock, long... shows) implements SearchCache.StockDependent {
        @Override
        public boolean dependsOnStockOf(long productId, Object answer) {
            return inStock || java.util.Arrays.stream(shows).anyMatch(id -> id == productId);
        }
    }

    @Test
    void aSaleThatLeavesStockForgetsNoAnswer() {
        SearchCache cache = cache(30);
        Listing honey = new Listing("honig", true, 7);
        cache.answer(honey, () -> search("honig"));

        cache.stockChanged(new StockChanged(70, 7, 4, false));

        assertThat(cache.answer(honey, () -> search("honig"))).isEqualTo("honig #1");
    }

    @Test
    void aProductThatSoldOutForgetsOnlyTheAnswersShowingItsStock() {
        SearchCache cache = cache(30);
        Listing filtered = new Listing("brot", true);
        Listing showingIt = new Listing("honig", false, 7);
        Listing others = new Listing("kaffee", false, 8);
        cache.answer(filtered, () -> search("brot"));
        cache.answer(showingIt, () -> search("honig"));
        cache.answer(others, () -> search("kaffee"));
        cache.answer("unlisted sellers", () -> search("unlisted"));

        cache.stockChanged(new StockChanged(70, 7, 0, true));

        assertThat(cache.answer(filtered, () -> search("brot")))
                .as("the in-stock filter")
                .isEqualTo("brot #5");
        assertThat(cache.answer(showingIt, () -> search("honig")))
                .as("its card says sold out")
                .isEqualTo("honig #6");
        assertThat(cache.answer(others, () -> search("kaffee"))).isEqualTo("kaffee #3");
        assertThat(cache.answer("unlisted sellers", () -> search("unlisted"))).isEqualTo("unlisted #4");
    }

    @Test
    void anAnswerFoundWhileAProductSoldOutIsNotKept() {
        SearchCache cache = cache(30);
        Listing filtered = new Listing("brot", true);
        cache.answer(filtered, () -> {
            cache.stockChanged(new StockChanged(70, 7, 0, true)); // the last loaf sold meanwhile
            return search("brot");
        });
        assertThat(cache.answer(filtered, () -> search("brot"))).isEqualTo("brot #2");
    }
}
