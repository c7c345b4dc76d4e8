package org.impuls.shop.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.impuls.core.api.money.Money;
import org.impuls.core.api.money.VatRate;

/**
 * Everything a price must show under German price rules: the gross price the customer pays (VAT
 * included), on a reduction also the regular price and the lowest price of the 30 days before the
 * reduction (PAngV §11), the base price per kilogram or litre (PAngV §4), and a deposit (Pfand) apart
 * from the price.
 *
 * @param price            what the customer pays now, gross
 * @param regularPrice     the price before the reduction; null when not reduced
 * @param lowestPrior30Days the lowest price of the 30 days before the reduction; null when not reduced
 * @param basePrice        price per {@code basePriceUnit}; null when the content is not given by weight or volume
 * @param deposit          the deposit charged on top; null when none
 */
public record PriceTag(
        Money price,
        VatRate vatRate,
        Money regularPrice,
        Money lowestPrior30Days,
        Money basePrice,
        String basePriceUnit,
        Money deposit) {

    public boolean isReduced() {
        return regularPrice != null;
    }

    /** The price per kg or l of a content amount, rounded half up to the cent. */
    static Money basePrice(Money price, BigDecimal contentAmount, ContentUnit unit) {
        BigDecimal base = unit.toBaseUnits(contentAmount);
        long cents = BigDecimal.valueOf(price.cents())
                .divide(base, 0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Money(cents, price.currency());
    }
}
