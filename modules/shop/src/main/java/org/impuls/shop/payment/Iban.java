package org.impuls.shop.payment;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An International Bank Account Number (ISO 13616): country, two check digits, the national account number (BBAN).
 * Valid when its country's length fits and the number, read mod 97 with the first four characters moved to the end
 * and letters as 10–35, leaves 1.
 */
public record Iban(String value) {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    /** IBAN lengths of the SEPA countries (SWIFT's IBAN registry). */
    static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24),
            Map.entry("AT", 20),
            Map.entry("BE", 16),
            Map.entry("BG", 22),
            Map.entry("CH", 21),
            Map.entry("CY", 28),
            Map.entry("CZ", 24),
            Map.entry("DE", 22),
            Map.entry("DK", 18),
            Map.entry("EE", 20),
            Map.entry("ES", 24),
            Map.entry("FI", 18),
            Map.entry("FR", 27),
            Map.entry("GB", 22),
            Map.entry("GI", 23),
            Map.entry("GR", 27),
            Map.entry("HR", 21),
            Map.entry("HU", 28),
            Map.entry("IE", 22),
            Map.entry("IS", 26),
            Map.entry("IT", 27),
            Map.entry("LI", 21),
            Map.entry("LT", 20),
            Map.entry("LU", 20),
            Map.entry("LV", 21),
            Map.entry("MC", 27),
            Map.entry("MT", 31),
            Map.entry("NL", 18),
            Map.entry("NO", 15),
            Map.entry("PL", 28),
            Map.entry("PT", 25),
            Map.entry("RO", 24),
            Map.entry("SE", 24),
            Map.entry("SI", 19),
            Map.entry("SK", 24),
            Map.entry("SM", 27),
            Map.entry("VA", 22));

    public Iban {
        problem(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /** Without blanks, in capitals: how people type it ({@code de89 3704 0044 0532 0130 00}) becomes the stored form. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** The IBAN, or why not (in English, for the refusal). */
    public static Optional<String> problem(String typed) {
        String iban = normalise(typed);
        if (iban.isEmpty()) {
            return Optional.of("give the IBAN");
        }
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
            return Optional.of("an IBAN is a country code, two check digits and letters and digits");
        }
        Integer length = LENGTHS.get(iban.substring(0, 2));
        if (length == null) {
            return Optional.of("IBANs of " + iban.substring(0, 2) + " are not accepted (SEPA countries only)");
        }
        if (iban.length() != length) {
            return Optional.of(
                    "an IBAN of " + iban.substring(0, 2) + " has " + length + " characters, this one " + iban.length());
        }
        if (remainder(iban.substring(4) + iban.substring(0, 4)) != 1) {
            return Optional.of("the IBAN's check digits do not match; please check it for a typing error");
        }
        return Optional.empty();
    }

    /** The IBAN typed, normalised, if it is valid. */
    public static Optional<Iban> parse(String typed) {
        return problem(typed).isPresent() ? Optional.empty() : Optional.of(new Iban(normalise(typed)));
    }

    /** The IBAN of a national account number, with its check digits computed: {@code of("DE", "370400440532013000")}. */
    public static Iban of(String country, String bban) {
        int check = 98 - remainder(bban + country + "00");
        return new Iban(country + (check < 10 ? "0" : "") + check + bban);
    }

    /** In groups of four, as printed: {@code DE89 3704 0044 0532 0130 00}. */
    public String grouped() {
        return value.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static int remainder(String alphanumeric) {
        StringBuilder digits = new StringBuilder();
        for (char c : alphanumeric.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
