package org.impuls.core.api.money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impuls.core.api.error.InvalidInputException;

/**
 * Amounts of euros as people write them in the portal's languages: German {@code 1.234,50}, {@code 4,50},
 * {@code 4,50 €}; English {@code 1,234.50}, {@code 4.50}, {@code €4.50}. Each separator means one thing per
 * language: a decimal separator takes one or two digits (three are refused, not rounded), a thousands separator
 * only stands between groups of three digits (German {@code 1.234} is 1234 €, English {@code 1.234} is refused as
 * over-precise, German {@code 4.50} and {@code 1.23,4} are refused). Refusals name the expected form in the
 * language. Negative amounts are refused unless the caller asks for them with {@link #signed()}.
 */
public final class AmountFormat {

    private static final AmountFormat GERMAN = new AmountFormat(Locale.GERMAN, ',', '.', false);
    private static final AmountFormat ENGLISH = new AmountFormat(Locale.ENGLISH, '.', ',', false);

    private final Locale language;
    private final char decimalSeparator;
    private final char groupingSeparator;
    private final boolean signed;
    private final Pattern number;

    private AmountFormat(Locale language, char decimalSeparator, char groupingSeparator, boolean signed) {
        this.language = language;
        this.decimalSeparator = decimalSeparator;
        this.groupingSeparator = groupingSeparator;
        this.signed = signed;
        String grouping = Pattern.quote(String.valueOf(groupingSeparator));
        // euros either plain or grouped by threes, then any number of decimals (more than two are refused below)
        this.number = Pattern.compile("([0-9]+|[0-9]{1,3}(?:" + grouping + "[0-9]{3})+)(?:"
                + Pattern.quote(String.valueOf(decimalSeparator)) + "([0-9]+))?");
    }

    /** The format of a request's language: English for {@code en}, German for every other language, as the portal's pages. */
    public static AmountFormat of(Locale locale) {
        return locale != null && ENGLISH.language.getLanguage().equals(locale.getLanguage()) ? ENGLISH : GERMAN;
    }

    /** The same format taking negative amounts too ({@code -4,50}, {@code -€4.50}), e.g. for corrections. */
    public AmountFormat signed() {
        return new AmountFormat(language, decimalSeparator, groupingSeparator, true);
    }

    /** The language whose writing this format follows ({@code de} or {@code en}). */
    public Locale language() {
        return language;
    }

    /**
     * The amount in a text, with or without a euro sign and thousands separators; an empty text is refused too
     * (what an empty field means is the caller's decision).
     *
     * @param field the input's path in a refusal ({@code localFee}), or null when it names no field
     * @throws InvalidInputException for anything else, saying how to write the amount in this language
     */
    public Money parse(String text, String field) {
        String typed = text == null ? "" : text;
        String plain = typed.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1).strip();
        }
        if (plain.startsWith("€")) {
            plain = plain.substring(1).strip();
        } else if (plain.endsWith("€")) {
            plain = plain.substring(0, plain.length() - 1).strip();
        }
        if (!negative && plain.startsWith("-")) { // "€-4.50"
            negative = true;
            plain = plain.substring(1).strip();
        }
        Matcher parts = number.matcher(plain);
        if (!parts.matches()) {
            throw refusal(field, "core.money.refusal.form", typed);
        }
        String cents = parts.group(2) == null ? "" : parts.group(2);
        if (cents.length() > 2) {
            throw refusal(field, "core.money.refusal.cents", typed);
        }
        if (negative && !signed) {
            throw refusal(field, "core.money.refusal.negative", typed);
        }
        String euros = parts.group(1).replace(String.valueOf(groupingSeparator), "");
        try {
            long amount = new BigDecimal(euros + "." + (cents.isEmpty() ? "0" : cents))
                    .movePointRight(2)
                    .longValueExact();
            return Money.euros(negative ? -amount : amount);
        } catch (ArithmeticException tooLarge) {
            throw refusal(field, "core.money.refusal.form", typed);
        }
    }

    /** The amount as a form field shows it, without thousands separators or sign of currency: {@code 1234,50}, {@code 1234.50}. */
    public String format(Money amount) {
        return amount.toDecimal().toPlainString().replace('.', decimalSeparator);
    }

    private InvalidInputException refusal(String field, String key, String typed) {
        return new InvalidInputException(field, MoneyTexts.format(language, key, typed));
    }
}
