package org.impuls.core.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.impuls.core.api.error.InvalidInputException;

/**
 * The German VAT rates a consumer price can carry. Prices are gross (VAT included, as consumer prices
 * must be shown); the VAT in a gross amount is computed here and nowhere else, rounded half up to the cent.
 */
public enum VatRate {
    STANDARD(19),
    REDUCED(7),
    ZERO(0);

    private final int percent;

    VatRate(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /** The VAT contained in a gross amount: gross × rate / (100 + rate). */
    public Money vatIn(Money gross) {
        BigDecimal vat = BigDecimal.valueOf(gross.cents())
                .multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100L + percent), 0, RoundingMode.HALF_UP);
        return new Money(vat.longValueExact(), gross.currency());
    }

    /** The net amount of a gross amount; net + VAT is exactly the gross amount. */
    public Money netOf(Money gross) {
        return gross.minus(vatIn(gross));
    }

    /** The rate for a percentage (19, 7 or 0). */
    public static VatRate ofPercent(int percent) {
        for (VatRate rate : values()) {
            if (rate.percent == percent) {
                return rate;
            }
        }
        throw new InvalidInputException("vatRate", "the VAT rate must be 19, 7 or 0 percent");
    }
}
