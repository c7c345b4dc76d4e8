package org.impuls.shop.order;

import java.util.Objects;
import org.impuls.core.api.money.Money;

/**
 * A line as the customer buys it: what the seller order keeps of the variant and product at placement.
 *
 * @param depositPerUnit zero when the product has none; it takes the line's VAT rate
 * @param ageLimit 0, 16 or 18
 */
public record LineSnapshot(
        long variantId,
        long productId,
        String title,
        String variantLabel,
        String sku,
        Money unitPrice,
        int quantity,
        Money depositPerUnit,
        int vatRatePercent,
        int ageLimit) {

    public LineSnapshot {
        Objects.requireNonNull(title, "title");
        variantLabel = variantLabel == null ? "" : variantLabel;
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(depositPerUnit, "depositPerUnit");
        if (quantity < 1) {
            throw new IllegalArgumentException("a line has at least one unit, not " + quantity);
        }
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }

    public Money depositTotal() {
        return depositPerUnit.times(quantity);
    }
}
