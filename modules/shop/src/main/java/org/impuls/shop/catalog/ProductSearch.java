package org.impuls.shop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.impuls.core.api.GermanText;
import org.impuls.core.api.InvalidInputException;

/**
 * Finds the visible products of listed merchants with one SQL statement, the way the directory finds
 * businesses (decision 0006): each query term starts a word of the {@link GermanText} search key;
 * category (with sub-categories), merchant, delivery option, price range and stock filter on the
 * variants a customer can see. Answers ids (and what facets need) in the order asked for.
 */
@ApplicationScoped
public class ProductSearch {

    /** What a customer looks for; prices in cents; {@code sort}: relevance, price, price-desc, newest or name. */
    public record Criteria(String text, String category, Long merchant, Long minPriceCents, Long maxPriceCents, boolean inStock,
                           String delivery, String sort) {
    }

    /** One hit: the product, its category and merchant (for facets) and its lowest visible price. */
    public record Hit(long productId, long categoryId, long businessId, long fromPriceCents) {
    }

    private static final String VISIBLE_PRICE = "coalesce(v.sale_price_cents, v.price_cents)";

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Sellers sellers;

    public List<Hit> find(Criteria criteria) {
        Set<Long> listed = sellers.listed();
        if (listed.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(Sellers.arrayLiteral(listed));
        StringBuilder where = new StringBuilder("p.status = 'ACTIVE' and p.business_id = any(cast(?1 as bigint[]))");
        List<String> terms = GermanText.terms(criteria.text());
        for (String term : terms) {
            parameters.add("% " + term + "%");
            where.append(" and (' ' || p.search_key) like ?").append(parameters.size());
        }
        if (criteria.category() != null && !criteria.category().isBlank()) {
            parameters.add(criteria.category());
            int at = parameters.size();
            where.append(" and p.category_id in (select c.id from shop_category c left join shop_category up on up.id = c.parent_id")
                    .append(" where c.slug = ?").append(at).append(" or up.slug = ?").append(at).append(")");
        }
        if (criteria.merchant() != null) {
            parameters.add(criteria.merchant());
            where.append(" and p.business_id = ?").append(parameters.size());
        }
        if (criteria.delivery() != null && !criteria.delivery().isBlank()) {
            where.append(" and p.").append(switch (criteria.delivery()) {
                case "PICKUP" -> "pickup";
                case "LOCAL_DELIVERY" -> "local_delivery";
                case "PARCEL" -> "parcel";
                default -> throw new InvalidInputException("delivery", "delivery must be PICKUP, LOCAL_DELIVERY or PARCEL");
            });
        }
        StringBuilder variant = new StringBuilder("v.product_id = p.id and v.availability <> 'HIDDEN'");
        if (criteria.minPriceCents() != null) {
            parameters.add(criteria.minPriceCents());
            variant.append(" and ").append(VISIBLE_PRICE).append(" >= ?").append(parameters.size());
        }
        if (criteria.maxPriceCents() != null) {
            parameters.add(criteria.maxPriceCents());
            variant.append(" and ").append(VISIBLE_PRICE).append(" <= ?").append(parameters.size());
        }
        if (criteria.inStock()) {
            variant.append(" and v.availability = 'ACTIVE' and (v.stock is null or v.stock > 0)");
        }
        String fromPrice = "(select min(" + VISIBLE_PRICE + ") from shop_variant v where " + variant + ")";
        String order = switch (criteria.sort() == null || criteria.sort().isBlank() ? "relevance" : criteria.sort()) {
            case "price" -> "from_price, p.id";
            case "price-desc" -> "from_price desc, p.id";
            case "newest" -> "p.created_at desc, p.id desc";
            case "name" -> "lower(p.title_de), p.id";
            case "relevance" -> {
                if (terms.isEmpty()) {
                    yield "p.created_at desc, p.id desc";
                }
                parameters.add(" " + terms.get(0));
                yield "strpos(' ' || p.search_key, ?" + parameters.size() + "), lower(p.title_de), p.id";
            }
            default -> throw new InvalidInputException("sort", "sort must be relevance, price, price-desc, newest or name");
        };
        String sql = "select * from (select p.id, p.category_id, p.business_id, " + fromPrice + " as from_price, p.search_key, "
                + "p.created_at, p.title_de from shop_product p where " + where + ") p where from_price is not null order by " + order;
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Hit(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue())).toList();
    }
}
