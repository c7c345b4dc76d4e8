package org.impuls.shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.impuls.core.api.category.CategoriesChanged;
import org.impuls.directory.api.BusinessChanged;
import org.impuls.shop.api.CatalogChanged;
import org.junit.jupiter.api.Test;

/** Kept search answers: asked again they come from memory, until a committed change forgets them all. */
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
}
