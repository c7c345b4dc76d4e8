package org.impuls.core.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one German text normalisation of the portal, used by every module's search so that all
 * search alike: case, umlauts and their ae/oe/ue spellings, ß/ss, accents and simple plural or
 * inflection endings are folded away.
 *
 * <p>"Bäckereien", "Baeckerei", "BACKEREI" and "bäckerei" all have the search key {@code
 * backerei}. Index text and queries must both go through {@link #searchKey(String)}.
 */
public final class GermanText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private GermanText() {}

    /** Space-separated search terms of a text, each folded and stemmed. Empty for blank text. */
    public static String searchKey(String text) {
        return String.join(" ", terms(text));
    }

    /** The folded and stemmed terms of a text, in order. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : NON_WORD.split(fold(text))) {
            if (!word.isEmpty()) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

    /**
     * Lower case without umlauts, ß or accents; the spellings ae/oe/ue count as the plain vowel, so
     * that "Baeckerei" and "Backerei" fold alike to "backerei".
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        // upper then lower case folds final sigma too; the capital ẞ lower-cases to ß, hence the replace
        String lower = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).replace("ß", "ss");
        String withoutMarks =
                MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder folded = new StringBuilder(withoutMarks.length());
        for (int i = 0; i < withoutMarks.length(); i++) {
            char c = withoutMarks.charAt(i);
            boolean umlautSpelling = c == 'e' && i > 0 && isUmlautBase(withoutMarks, i - 1);
            if (!umlautSpelling) {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    private static boolean isUmlautBase(String text, int index) {
        char vowel = text.charAt(index);
        if (vowel == 'a' || vowel == 'o') {
            return true;
        }
        // "ue" stands for ü, but not in "que" (Quelle) or the diphthong "eue" (neue) and "aue" (Bauer)
        return vowel == 'u' && (index == 0 || "qea".indexOf(text.charAt(index - 1)) < 0);
    }

    /**
     * Strips simple plural and inflection endings, after the light stemmer of J. Savoy that Lucene
     * uses for German: "bäckereien" → "backerei", "bücher" → "buch", "blumen" → "blum".
     */
    static String stem(String word) {
        String w = stepOne(word);
        return stepTwo(w);
    }

    private static String stepOne(String w) {
        int n = w.length();
        if (n > 5 && w.endsWith("ern")) {
            return w.substring(0, n - 3);
        }
        if (n > 4 && (w.endsWith("em") || w.endsWith("en") || w.endsWith("er") || w.endsWith("es"))) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("e")) {
            return w.substring(0, n - 1);
        }
        if (n > 3 && w.endsWith("s") && isValidSEnding(w.charAt(n - 2))) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static String stepTwo(String w) {
        int n = w.length();
        if (n > 5 && w.endsWith("est")) {
            return w.substring(0, n - 3);
        }
        if (n > 4 && (w.endsWith("er") || w.endsWith("en"))) {
            return w.substring(0, n - 2);
        }
        if (n > 4 && w.endsWith("st") && isValidStEnding(w.charAt(n - 3))) {
            return w.substring(0, n - 2);
        }
        return w;
    }

    private static boolean isValidSEnding(char c) {
        return "bdfghklmnrt".indexOf(c) >= 0;
    }

    private static boolean isValidStEnding(char c) {
        return "bdfghklmnt".indexOf(c) >= 0;
    }
}
