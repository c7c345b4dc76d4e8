package org.impuls.shop.commission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.money.Money;

/**
 * A commission percentage between 0 and 30 with at most two decimals (4.75 %), and the amount it takes from a base:
 * rounded half-up to the cent, once per seller order.
 */
public record CommissionRate(BigDecimal percent) {

    public static final BigDecimal MAX = new BigDecimal("30");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CommissionRate {
        if (percent == null
                || percent.signum() < 0
                || percent.compareTo(MAX) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(
                    "percent", "the commission must be 0 to 30 percent with at most two decimals, was " + percent);
        }
        percent = percent.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The operator's text, "4.75" or "4,75"; anything else is refused naming {@code percent}. */
    public static CommissionRate parse(String text) {
        String normalised = text == null ? "" : text.strip().replace(',', '.');
        if (!normalised.matches("\\d{1,2}(\\.\\d{1,2})?")) {
            throw new InvalidInputException(
                    "percent",
                    "the commission must be 0 to 30 percent with at most two decimals (e.g. 4.75), was '" + text + "'");
        }
        return new CommissionRate(new BigDecimal(normalised));
    }

    /** The commission on a base amount, half-up to the cent, in the base's currency. */
    public Money of(Money base) {
        if (base.isNegative()) {
            throw new IllegalArgumentException("a commission is taken from a positive amount, not " + base);
        }
        long cents = BigDecimal.valueOf(base.cents())
                .multiply(percent)
                .divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Money(cents, base.currency());
    }

    /** The percentage as stored and sent: two decimals, a point ("4.75"). */
    public String text() {
        return percent.toPlainString();
    }
}
