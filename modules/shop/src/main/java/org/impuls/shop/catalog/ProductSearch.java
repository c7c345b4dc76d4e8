package org.impuls.shop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.impuls.core.api.GermanText;
import org.impuls.core.api.error.InvalidInputException;

/**
 * Finds the visible products of listed merchants in SQL, the way the directory finds businesses
 * (decision 0006) but indexed for a hundred thousand products: each query term must start a word of
 * the {@link GermanText} search key, looked up in a GIN index ({@code to_tsquery('simple', 'term:*')});
 * the page is one statement, the total and the facet counts one more over the same conditions (one statement
 * for both when the search has text), and the counts are kept for the other pages and orders of the same search.
 */
@ApplicationScoped
public class ProductSearch {

    /**
     * What a customer looks for; prices in cents; {@code sort}: relevance, price, price-desc, newest or name.
     * {@code pickupToday}: null for no such filter, else the merchants open for pick-up today ({@link PickupToday}),
     * of whom only products in stock that allow pick-up are found. Kept answers are keyed by that set, so none
     * outlives a merchant closing for the day.
     */
    public record Criteria(
            String text,
            String category,
            Long merchant,
            Long minPriceCents,
            Long maxPriceCents,
            boolean inStock,
            String delivery,
            String sort,
            Set<Long> pickupToday) {

        public Criteria {
            pickupToday = pickupToday == null ? null : Set.copyOf(pickupToday);
        }

        public Criteria(
                String text,
                String category,
                Long merchant,
                Long minPriceCents,
                Long maxPriceCents,
                boolean inStock,
                String delivery,
                String sort) {
            this(text, category, merchant, minPriceCents, maxPriceCents, inStock, delivery, sort, null);
        }

        /** Whether only products in stock are found: the "in stock" filter or "Heute abholen". */
        public boolean filtersStock() {
            return inStock || pickupToday != null;
        }
    }

    /** One page of product ids in order, the number of all hits, and hits per category and per merchant. */
    public record Found(List<Long> ids, long total, Map<Long, Long> perCategory, Map<Long, Long> perMerchant) {}

    static final int MERCHANT_FACETS = 30;

    /** The key of the kept set of businesses whose products are not shown. */
    private static final String UNLISTED = "unlisted sellers";

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Sellers sellers;

    @Inject
    SearchCache cache;

    /** The hits per category and per merchant of a search, the same for every page and order of it. */
    private record Counts(Map<Long, Long> perCategory, Map<Long, Long> perMerchant, long total) {}

    /** The question the counts answer: the criteria without their order. */
    private record CountsQuestion(Criteria criteria) implements SearchCache.StockDependent {

        /** Counts name no product: they change with stock only under the "in stock" filter. */
        @Override
        public boolean dependsOnStockOf(long productId, Object answer) {
            return criteria.filtersStock();
        }
    }

    public Found find(Criteria criteria, int offset, int limit) {
        Set<Long> unlisted = cache.answer(UNLISTED, sellers::unlisted);
        Conditions conditions = new Conditions(criteria, unlisted);
        CountsQuestion question = new CountsQuestion(withoutOrder(criteria));
        List<List<Long>> pageFoundOnTheWay = new ArrayList<>(1);
        Counts counts = cache.answer(
                question,
                () -> conditions.hasTerms()
                        ? pageAndCounts(conditions, offset, limit, pageFoundOnTheWay)
                        : count(conditions));
        List<Long> ids = pageFoundOnTheWay.isEmpty() ? page(conditions, offset, limit) : pageFoundOnTheWay.get(0);
        return new Found(ids, counts.total(), counts.perCategory(), counts.perMerchant());
    }

    private List<Long> page(Conditions conditions, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = conditions
                .bind(em.createNativeQuery("select p.id from shop_product p where " + conditions.where + " order by "
                        + conditions.order() + " limit " + limit + " offset " + offset))
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * A text search's counts and, on the way, its page in one statement: the matching rows are found (and their wide
     * table rows read) once, numbered in the search's order, then the page and the counts are taken from them.
     * Broad searches without text count in a statement of their own, as the page has an index of its own there.
     */
    private Counts pageAndCounts(Conditions conditions, int offset, int limit, List<List<Long>> page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = conditions
                .bind(em.createNativeQuery("with hits as materialized (select p.id, p.category_id, p.business_id, "
                        + "row_number() over (order by " + conditions.order()
                        + ") as position from shop_product p where " + conditions.where + ") "
                        + "select 'page', id, position from hits where position > " + offset + " and position <= "
                        + (offset + limit)
                        + " union all select 'category', category_id, count(*) from hits group by category_id"
                        + " union all select 'merchant', business_id, count(*) from hits group by business_id"))
                .getResultList();
        Map<Long, Long> positions = new TreeMap<>();
        Map<Long, Long> perCategory = new LinkedHashMap<>();
        Map<Long, Long> perMerchant = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long key = ((Number) row[1]).longValue();
            long value = ((Number) row[2]).longValue();
            switch ((String) row[0]) {
                case "page" -> positions.put(value, key);
                case "category" -> perCategory.put(key, value);
                default -> perMerchant.put(key, value);
            }
        }
        page.add(List.copyOf(positions.values()));
        return counts(perCategory, perMerchant);
    }

    /** One pass over the hits counts them per category and per merchant; the total is the sum per category. */
    private Counts count(Conditions conditions) {
        @SuppressWarnings("unchecked")
        List<Object[]> groups = conditions
                .bind(em.createNativeQuery("select p.category_id, p.business_id, count(*) from shop_product p where "
                        + conditions.where + " group by grouping sets ((p.category_id), (p.business_id))"))
                .getResultList();
        Map<Long, Long> perCategory = new LinkedHashMap<>();
        Map<Long, Long> perMerchant = new LinkedHashMap<>();
        for (Object[] group : groups) {
            long count = ((Number) group[2]).longValue();
            if (group[0] != null) {
                perCategory.put(((Number) group[0]).longValue(), count);
            } else {
                perMerchant.put(((Number) group[1]).longValue(), count);
            }
        }
        return counts(perCategory, perMerchant);
    }

    /** The total is the sum per category: every product has one. */
    private static Counts counts(Map<Long, Long> perCategory, Map<Long, Long> perMerchant) {
        long total = perCategory.values().stream().mapToLong(Long::longValue).sum();
        return new Counts(Map.copyOf(perCategory), mostFirst(perMerchant), total);
    }

    private static Criteria withoutOrder(Criteria c) {
        return new Criteria(
                c.text(),
                c.category(),
                c.merchant(),
                c.minPriceCents(),
                c.maxPriceCents(),
                c.inStock(),
                c.delivery(),
                null,
                c.pickupToday());
    }

    /** The merchants with the most hits, at most {@value #MERCHANT_FACETS}. */
    private static Map<Long, Long> mostFirst(Map<Long, Long> perMerchant) {
        return perMerchant.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
                .limit(MERCHANT_FACETS)
                .collect(Collectors.collectingAndThen(
                        Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new),
                        java.util.Collections::unmodifiableMap));
    }

    /** A variant {@code v} has a unit to sell: its stock is not tracked (no row, or no count) or not all reserved. */
    private static final String IN_STOCK =
            "not exists (select 1 from shop_variant_stock s where s.variant_id = v.id and s.on_hand <= s.reserved)";

    /** The WHERE clause of a search with its parameters, shared by the page, the total and the facets. */
    private static final class Conditions {
        private final List<Object> parameters = new ArrayList<>();
        private final List<String> terms;
        private final String sort;
        private final String where;

        Conditions(Criteria criteria, Set<Long> unlisted) {
            terms = GermanText.terms(criteria.text()).stream()
                    .map(t -> t.replaceAll("[^\\p{L}\\p{N}]", ""))
                    .filter(t -> !t.isEmpty())
                    .toList();
            sort = criteria.sort() == null || criteria.sort().isBlank() ? "relevance" : criteria.sort();
            StringBuilder clause = new StringBuilder("p.status = 'ACTIVE' and p.from_price_cents is not null");
            if (!unlisted.isEmpty()) {
                clause.append(" and not (p.business_id = any(cast(")
                        .append(add(Sellers.arrayLiteral(unlisted)))
                        .append(" as bigint[])))");
            }
            if (!terms.isEmpty()) {
                String query = terms.stream().map(t -> t + ":*").collect(Collectors.joining(" & "));
                clause.append(" and p.search_vector @@ to_tsquery('simple', ")
                        .append(add(query))
                        .append(")");
            }
            if (criteria.category() != null && !criteria.category().isBlank()) {
                String at = add(criteria.category());
                clause.append(
                                " and p.category_id in (select c.id from shop_category c left join shop_category up on up.id = c.parent_id")
                        .append(" where c.slug = ")
                        .append(at)
                        .append(" or up.slug = ")
                        .append(at)
                        .append(")");
            }
            if (criteria.merchant() != null) {
                clause.append(" and p.business_id = ").append(add(criteria.merchant()));
            }
            if (criteria.delivery() != null && !criteria.delivery().isBlank()) {
                clause.append(" and p.")
                        .append(
                                switch (criteria.delivery()) {
                                    case "PICKUP" -> "pickup";
                                    case "LOCAL_DELIVERY" -> "local_delivery";
                                    case "PARCEL" -> "parcel";
                                    default ->
                                        throw new InvalidInputException(
                                                "delivery", "delivery must be PICKUP, LOCAL_DELIVERY or PARCEL");
                                });
            }
            if (criteria.filtersStock()) {
                // asked of the stock rows, not of a figure kept on the product: a sale must not rewrite the product
                clause.append(
                                " and exists (select 1 from shop_variant v where v.product_id = p.id and v.availability = 'ACTIVE' and ")
                        .append(IN_STOCK)
                        .append(")");
            }
            if (criteria.pickupToday() != null) {
                clause.append(" and p.pickup and p.business_id = any(cast(")
                        .append(add(Sellers.arrayLiteral(criteria.pickupToday())))
                        .append(" as bigint[]))");
            }
            if (criteria.minPriceCents() != null || criteria.maxPriceCents() != null) {
                if (criteria.maxPriceCents() != null) {
                    // no variant can be in range when even the cheapest is dearer; this spares most of the look-ups
                    // below
                    clause.append(" and p.from_price_cents <= ").append(add(criteria.maxPriceCents()));
                }
                // a variant the customer can see within the range, not only the cheapest one
                clause.append(
                        " and exists (select 1 from shop_variant v where v.product_id = p.id and v.availability <> 'HIDDEN'");
                if (criteria.minPriceCents() != null) {
                    clause.append(" and coalesce(v.sale_price_cents, v.price_cents) >= ")
                            .append(add(criteria.minPriceCents()));
                }
                if (criteria.maxPriceCents() != null) {
                    clause.append(" and coalesce(v.sale_price_cents, v.price_cents) <= ")
                            .append(add(criteria.maxPriceCents()));
                }
                if (criteria.filtersStock()) {
                    clause.append(" and v.availability = 'ACTIVE' and ").append(IN_STOCK);
                }
                clause.append(")");
            }
            where = clause.toString();
            if (!List.of("relevance", "price", "price-desc", "newest", "name").contains(sort)) {
                throw new InvalidInputException("sort", "sort must be relevance, price, price-desc, newest or name");
            }
        }

        boolean hasTerms() {
            return !terms.isEmpty();
        }

        String order() {
            return switch (sort) {
                case "price" -> "p.from_price_cents, p.id";
                case "price-desc" -> "p.from_price_cents desc, p.id desc";
                case "name" -> "lower(p.title_de), p.id";
                // the key starts with the title: the earlier the first term, the better the hit; the term is
                // inlined (letters and digits only, see the constructor) so that every statement shares the parameters
                case "relevance" ->
                    terms.isEmpty()
                            ? "p.created_at desc, p.id desc"
                            : "strpos(' ' || p.search_key, ' " + terms.get(0) + "'), lower(p.title_de), p.id";
                default -> "p.created_at desc, p.id desc";
            };
        }

        private String add(Object parameter) {
            parameters.add(parameter);
            return "?" + parameters.size();
        }

        Query bind(Query query) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query;
        }
    }
}
