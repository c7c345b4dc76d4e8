package org.impuls.core.api.language;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text in German and English, German being the portal's first language. The one fallback rule: English
 * readers get the English text when there is one, else the German text; everyone else gets German.
 *
 * <p>Embedded in an entity with the entity's own column names, e.g.
 * <pre>{@code
 * @Embedded
 * @AttributeOverride(name = "de", column = @Column(name = "title_de"))
 * @AttributeOverride(name = "en", column = @Column(name = "title_en"))
 * private LocalizedText title = LocalizedText.EMPTY;
 * }</pre>
 */
@Embeddable
public class LocalizedText {

    public static final LocalizedText EMPTY = new LocalizedText("", "");

    @Column(name = "de")
    private String de;

    @Column(name = "en")
    private String en;

    protected LocalizedText() {
        // for JPA
    }

    private LocalizedText(String de, String en) {
        this.de = de;
        this.en = en;
    }

    /** A text in both languages; a missing English text is empty, so that German is shown instead. */
    public static LocalizedText of(String de, String en) {
        return new LocalizedText(
                Objects.requireNonNullElse(de, "").strip(),
                Objects.requireNonNullElse(en, "").strip());
    }

    /** A text that exists in German only. */
    public static LocalizedText german(String de) {
        return of(de, "");
    }

    public String de() {
        return de == null ? "" : de;
    }

    public String en() {
        return en == null ? "" : en;
    }

    /** The text for a reader of this language, by the fallback rule above. */
    public String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) && !en().isBlank() ? en() : de();
    }

    public boolean isBlank() {
        return de().isBlank() && en().isBlank();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText text && de().equals(text.de()) && en().equals(text.en());
    }

    @Override
    public int hashCode() {
        return Objects.hash(de(), en());
    }

    @Override
    public String toString() {
        return de() + " / " + en();
    }
}
