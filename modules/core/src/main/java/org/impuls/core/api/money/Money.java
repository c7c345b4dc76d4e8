package org.impuls.core.api.money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An amount of money as an integer number of cents (minor units) in one currency. Never a
 * floating-point number: prices are added, multiplied and compared exactly.
 */
public record Money(long cents, String currency) {

    public static final String EURO = "EUR";

    public Money {
        Objects.requireNonNull(currency, "currency");
        Currency.getInstance(currency); // refuses anything that is not an ISO 4217 code
    }

    public static Money euros(long cents) {
        return new Money(cents, EURO);
    }

    /**
     * Euros in a text as people write them in the locale's language ({@code 1.234,50 €}, {@code €1,234.50}),
     * refused with the expected form otherwise; the rules and the signed variant are {@link AmountFormat}'s.
     */
    public static Money parse(String text, Locale locale) {
        return AmountFormat.of(locale).parse(text, null);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(cents, other.cents), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(cents, other.cents), currency);
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(cents, quantity), currency);
    }

    public boolean isNegative() {
        return cents < 0;
    }

    /** The amount in major units, e.g. 12.99 for 1299 cents of EUR. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(cents, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    /** Formats for display, e.g. "12,99 €" in German and "€12.99" in English. */
    public String format(Locale locale) {
        return FORMATS.get()
                .computeIfAbsent(locale.toLanguageTag() + ' ' + currency, key -> {
                    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
                    format.setCurrency(Currency.getInstance(currency));
                    return format;
                })
                .format(toDecimal());
    }

    /**
     * Currency formats per thread (a NumberFormat is not thread-safe), by locale and currency: building one per
     * amount showed in the cart page's profile, which formats some sixty.
     */
    private static final ThreadLocal<Map<String, NumberFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }
}
