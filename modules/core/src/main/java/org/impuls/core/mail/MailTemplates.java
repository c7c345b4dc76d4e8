package org.impuls.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.impuls.core.i18n.Language;
import org.impuls.core.i18n.MessageCatalog;

/** Subject and body of a mail from the message files, with {@code {name}} placeholders filled in. */
@ApplicationScoped
public class MailTemplates {

    /** A rendered mail. */
    public record Rendered(String subject, String body) {
    }

    @Inject
    MessageCatalog catalog;

    public Rendered render(String template, Language language, Map<String, String> values) {
        return new Rendered(fill(catalog.text(language, template + ".subject"), values),
                fill(catalog.text(language, template + ".body"), values));
    }

    static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }
}
