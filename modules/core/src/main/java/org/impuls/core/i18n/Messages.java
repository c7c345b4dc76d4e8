package org.impuls.core.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.AbstractMap;
import java.util.Set;

/**
 * Texts in the current request's language. In pages: {@code #{msg['core.footer.imprint']}}; in
 * Java: {@code messages.format("key", args…)}.
 */
@Named("msg")
@RequestScoped
public class Messages extends AbstractMap<String, String> {

    @Inject
    MessageCatalog catalog;

    @Inject
    CurrentLanguage currentLanguage;

    @Override
    public String get(Object key) {
        return catalog.text(currentLanguage.language(), String.valueOf(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return true; // EL asks before get(); a missing text shows as ???key??? instead of failing the page
    }

    /** A text with its arguments; one without arguments reads as written, as pages show it (no MessageFormat quoting). */
    public String format(String key, Object... arguments) {
        String text = get(key);
        return arguments.length == 0 ? text : new MessageFormat(text, currentLanguage.getLocale()).format(arguments);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return catalog.all(currentLanguage.language()).entrySet();
    }
}
