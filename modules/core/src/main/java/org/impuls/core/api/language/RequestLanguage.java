package org.impuls.core.api.language;

import java.util.Locale;

/**
 * The language of the current request, pages and REST alike, decided once by the core: {@code ?lang=}, then (pages
 * only) the remembered choice, then the browser's {@code Accept-Language}, then German. Inject it instead of reading
 * headers: {@code @Inject RequestLanguage language;} then {@code text.in(language.locale())}.
 */
public interface RequestLanguage {

    /** {@link Locale#GERMAN} or {@link Locale#ENGLISH}. */
    Locale locale();

    /** Two-letter code as in URLs and {@code hreflang}: "de" or "en". */
    String code();
}
