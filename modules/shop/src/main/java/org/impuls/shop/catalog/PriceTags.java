package org.impuls.shop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Price tags of variants, with the prices of the 30 days before a reduction read from the price history: a reduction
 * shows only against prices that were charged, with their lowest.
 */
@ApplicationScoped
public class PriceTags {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    public Map<Long, PriceTag> of(List<Variant> variants) {
        List<Variant> reduced =
                variants.stream().filter(v -> v.getSaleSince() != null).toList();
        Map<Long, List<PriceChange>> history = reduced.isEmpty()
                ? Map.of()
                : em.createQuery("select c from PriceChange c where c.variantId in :ids", PriceChange.class)
                        .setParameter(
                                "ids", reduced.stream().map(Variant::getId).toList())
                        .getResultStream()
                        .collect(Collectors.groupingBy(PriceChange::getVariantId));
        Map<Long, PriceTag> tags = new HashMap<>();
        for (Variant variant : variants) {
            LowestPrice.Charged charged = variant.getSaleSince() == null
                    ? null
                    : LowestPrice.before(variant.getSaleSince(), history.getOrDefault(variant.getId(), List.of()))
                            .orElse(null);
            tags.put(variant.getId(), variant.priceTag(charged));
        }
        return tags;
    }
}
