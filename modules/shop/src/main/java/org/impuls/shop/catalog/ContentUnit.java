package org.impuls.shop.catalog;

import java.math.BigDecimal;

/**
 * The unit a variant's content is given in. German price rules (PAngV) want the price per kilogram or
 * per litre next to the price of goods sold by weight or volume.
 */
public enum ContentUnit {
    G("kg", new BigDecimal("0.001")),
    KG("kg", BigDecimal.ONE),
    ML("l", new BigDecimal("0.001")),
    L("l", BigDecimal.ONE);

    private final String baseUnit;
    private final BigDecimal inBaseUnits;

    ContentUnit(String baseUnit, BigDecimal inBaseUnits) {
        this.baseUnit = baseUnit;
        this.inBaseUnits = inBaseUnits;
    }

    /** The unit of the base price: {@code kg} or {@code l}. */
    public String baseUnit() {
        return baseUnit;
    }

    /** An amount in this unit expressed in the base unit, e.g. 500 g → 0.5 (kg). */
    public BigDecimal toBaseUnits(BigDecimal amount) {
        return amount.multiply(inBaseUnits);
    }

    public String symbol() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ContentUnit of(String symbol) {
        for (ContentUnit unit : values()) {
            if (unit.symbol().equalsIgnoreCase(symbol == null ? "" : symbol.strip())) {
                return unit;
            }
        }
        throw new org.impuls.core.api.error.InvalidInputException(
                "contentUnit", "the content unit must be g, kg, ml or l");
    }
}
