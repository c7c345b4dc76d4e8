package org.impuls.core.legal;

import java.util.Optional;

/** The legal pages, with their public German URL segment. */
public enum LegalPageKind {
    IMPRINT("impressum"),
    PRIVACY("datenschutz"),
    TERMS("nutzungsbedingungen");

    private final String slug;

    LegalPageKind(String slug) {
        this.slug = slug;
    }

    /** Public path of the page, e.g. {@code /impressum}. */
    public String path() {
        return "/" + slug;
    }

    public String slug() {
        return slug;
    }

    public String labelKey() {
        return "core.legal." + name().toLowerCase();
    }

    /** Accepts the slug ("impressum") or the name ("imprint"), in any case. */
    public static Optional<LegalPageKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (LegalPageKind kind : values()) {
            if (kind.slug.equalsIgnoreCase(text) || kind.name().equalsIgnoreCase(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
