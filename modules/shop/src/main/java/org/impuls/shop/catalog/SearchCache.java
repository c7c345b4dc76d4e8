package org.impuls.shop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impuls.core.api.category.CategoriesChanged;
import org.impuls.directory.api.BusinessChanged;
import org.impuls.shop.api.CatalogChanged;
import org.impuls.shop.api.StockChanged;

/**
 * Search answers kept in memory, because customers ask the same questions (a category page, a popular word)
 * far more often than merchants change their catalogues. Every committed catalogue, category or listing change
 * on this node forgets all answers at once, a variant that sold out or came back only the answers showing its product's stock
 * ({@link StockDependent}); answers also expire after {@code impuls.shop.search-cache-seconds}
 * (default 30, 0 keeps nothing) so that the other nodes of a cluster follow a change within that time.
 */
@ApplicationScoped
public class SearchCache {

    /**
     * A page of answers (its JSON text and its objects) takes some 25 KB, so a thousand stay within 25 MB of the
     * portal's 512 MB heap; beyond it the cache starts afresh rather than tracking which answers are used.
     */
    static final int MAX_ANSWERS = 1_000;

    /**
     * A question whose answer shows whether products are in stock (a filter, a "sold out" label): forgotten when one of
     * them sells out or comes back, while answers that do not depend on that product's stock are kept.
     */
    interface StockDependent {
        boolean dependsOnStockOf(long productId, Object answer);
    }

    private record Kept(Object answer, long generation, long keptAtNanos) {}

    private final ConcurrentHashMap<Object, Kept> answers = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    /** Raised when a product sells out or comes back: an answer computed meanwhile may show the old stock. */
    private final AtomicLong stockGeneration = new AtomicLong();

    @Inject
    @ConfigProperty(name = "impuls.shop.search-cache-seconds", defaultValue = "30")
    int seconds;

    /** The kept answer to this question (a value with equals/hashCode, e.g. a record), or a fresh one. */
    @SuppressWarnings("unchecked")
    public <T> T answer(Object question, Supplier<T> fresh) {
        Optional<T> kept = kept(question);
        if (kept.isPresent()) {
            return kept.get();
        }
        // a change committed while the answer is computed raises the generation, so this answer is not used again
        long computedFor = generation.get();
        long stockSeen = stockGeneration.get();
        long now = System.nanoTime();
        T answer = fresh.get();
        boolean stockMoved = question instanceof StockDependent && stockGeneration.get() != stockSeen;
        if (seconds > 0 && !stockMoved) {
            if (answers.size() >= MAX_ANSWERS) {
                answers.clear();
            }
            answers.put(question, new Kept(answer, computedFor, now));
        }
        return answer;
    }

    /** The kept answer to this question, if there is one that is still good. */
    @SuppressWarnings("unchecked")
    private <T> Optional<T> kept(Object question) {
        Kept kept = answers.get(question);
        boolean good = kept != null
                && kept.generation() == generation.get()
                && System.nanoTime() - kept.keptAtNanos() < TimeUnit.SECONDS.toNanos(seconds);
        return good ? Optional.of((T) kept.answer()) : Optional.empty();
    }

    /** How many answers are kept now. */
    int size() {
        return answers.size();
    }

    void catalogChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        forgetAll();
    }

    void businessChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BusinessChanged change) {
        forgetAll();
    }

    /** A renamed or moved product category changes hits and facet labels of many products at once. */
    void categoriesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CategoriesChanged change) {
        if ("shop".equals(change.module())) {
            forgetAll();
        }
    }

    /**
     * A sale or a reservation changes no kept answer unless the variant sold out or came back (a hundred orders a second
     * must not empty the cache a hundred times a second); then only the answers that show that product's stock go.
     */
    void stockChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) StockChanged change) {
        if (change.inStockChanged()) {
            stockGeneration.incrementAndGet();
            answers.entrySet()
                    .removeIf(kept -> kept.getKey() instanceof StockDependent question
                            && question.dependsOnStockOf(
                                    change.productId(), kept.getValue().answer()));
        }
    }

    private void forgetAll() {
        generation.incrementAndGet();
        answers.clear();
    }
}
