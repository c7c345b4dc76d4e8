package org.impuls.core.i18n;

import java.util.Locale;
import java.util.Optional;

/** The portal's languages. The first is the default. */
public enum Language {
    DE(Locale.GERMAN),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Two-letter code as used in URLs, cookies and {@code hreflang}: "de", "en". */
    public String code() {
        return locale.getLanguage();
    }

    public static Language standard() {
        return DE;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public static Language of(Locale locale) {
        return fromCode(locale.getLanguage()).orElse(standard());
    }
}
