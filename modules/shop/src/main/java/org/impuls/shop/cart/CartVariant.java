package org.impuls.shop.cart;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.impuls.shop.catalog.Availability;
import org.impuls.shop.catalog.ProductStatus;

/**
 * What the cart needs of a variant and its product, read as plain columns in one query: loading the entities would
 * also build each product's category and read the category's parents one query each (eager, weaving is off), which
 * the cart never shows.
 */
record CartVariant(
        long id,
        long productId,
        long businessId,
        long priceCents,
        Long salePriceCents,
        int vatPercent,
        Availability availability,
        String optionValues,
        ProductStatus productStatus,
        int depositCents,
        String titleDe,
        String titleEn,
        int ageLimit,
        boolean pickup,
        boolean localDelivery,
        boolean parcel) {

    /** The variants of these ids that exist, by id. */
    static Map<Long, CartVariant> read(EntityManager em, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery(
                        "select v.id, p.id, p.businessId, v.priceCents, v.salePriceCents, v.vatRate, v.availability,"
                                + " v.optionValues, p.status, p.depositCents, p.title.de, p.title.en, p.ageLimit,"
                                + " p.pickup, p.localDelivery, p.parcel"
                                + " from Variant v join v.product p where v.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        return rows.stream().map(CartVariant::of).collect(Collectors.toMap(CartVariant::id, Function.identity()));
    }

    private static CartVariant of(Object[] r) {
        return new CartVariant(
                ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(),
                r[4] == null ? null : ((Number) r[4]).longValue(),
                ((Number) r[5]).intValue(),
                (Availability) r[6],
                (String) r[7],
                (ProductStatus) r[8],
                ((Number) r[9]).intValue(),
                r[10] == null ? "" : (String) r[10],
                r[11] == null ? "" : (String) r[11],
                ((Number) r[12]).intValue(),
                (Boolean) r[13],
                (Boolean) r[14],
                (Boolean) r[15]);
    }

    /** The price a customer pays now: the sale price while there is one (as {@code Variant#effectivePriceCents}). */
    long effectivePriceCents() {
        return salePriceCents != null ? salePriceCents : priceCents;
    }

    /** The product's title by the fallback rule of {@code LocalizedText#in}. */
    String title(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) && !titleEn.isBlank() ? titleEn : titleDe;
    }

    /** "500 g, Bio": the option values as {@code Variant#getOptionValues} splits them. */
    String label() {
        return optionValues.isEmpty() ? "" : String.join(", ", optionValues.split("\\|", -1));
    }

    /** The product page's path, as {@code Product#path}. */
    String productPath() {
        return "/produkte/" + productId;
    }
}
