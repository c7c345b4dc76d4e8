package org.impuls.shop.payment;

import java.util.Locale;
import java.util.Optional;

/** A Business Identifier Code (ISO 9362): bank (4 letters), country (2), location (2), branch (3, optional). */
public final class Bic {

    private Bic() {}

    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Why the typed BIC is not one, if it is not. */
    public static Optional<String> problem(String typed) {
        String bic = normalise(typed);
        if (bic.isEmpty()) {
            return Optional.of("give the BIC");
        }
        if (bic.length() != 8 && bic.length() != 11) {
            return Optional.of("a BIC has 8 or 11 characters, this one " + bic.length());
        }
        if (!bic.matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            return Optional.of("a BIC is four letters of the bank, two of the country, then letters or digits");
        }
        return Optional.empty();
    }
}
