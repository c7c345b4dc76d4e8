package org.impuls.core.api;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Readable, stable URL segments for public pages: "Bäckerei Müller & Söhne" becomes {@code
 * baeckerei-mueller-soehne}. Umlauts are spelled out (ä → ae) as Germans write them in addresses.
 */
public final class Slug {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_LENGTH = 80;

    private Slug() {}

    public static String of(String text) {
        String spelled = text.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        String ascii = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD))
                .replaceAll("");
        String slug = NOT_ALLOWED.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "n-a" : slug;
    }

    /** A slug not yet taken: the plain one, else with "-2", "-3" … appended. */
    public static String unique(String text, java.util.function.Predicate<String> taken) {
        String base = of(text);
        String candidate = base;
        for (int i = 2; taken.test(candidate); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }
}
