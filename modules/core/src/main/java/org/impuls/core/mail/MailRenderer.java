package org.impuls.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.impuls.core.i18n.Language;
import org.impuls.core.i18n.MessageCatalog;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a queued mail with Thymeleaf: {@code mail/<module>/<name>_<lang>.html} in HTML mode (every value escaped unless
 * a template says otherwise) and {@code …_<lang>.txt} in text mode, found on the class path of the core, the modules
 * and the plugins. The subject is the module's message {@code <module>.mail.<name>.subject} with {@code {key}} filled
 * from the model: one line of plain text, where no markup can hide.
 */
@ApplicationScoped
public class MailRenderer {

    /** A rendered mail. */
    public record Rendered(String subject, String text, String html) {}

    @Inject
    MessageCatalog catalog;

    private final TemplateEngine engine = engine();

    /** {@code template} is {@code <module>/<name>}; a missing template or subject is an error, not an empty mail. */
    public Rendered render(String template, Language language, Map<String, Object> model) {
        String[] parts = template.split("/", 2);
        String key = parts[0] + ".mail." + parts[1] + ".subject";
        String subject = catalog.text(language, key);
        if (subject.startsWith("???")) {
            throw new IllegalStateException("no subject " + key + " in the message files");
        }
        Context context = new Context(language.locale(), model);
        String base = "mail/" + template + "_" + language.code();
        return new Rendered(
                fill(subject, model), engine.process(base + ".txt", context), engine.process(base + ".html", context));
    }

    private static String fill(String subject, Map<String, Object> model) {
        String filled = subject;
        for (Map.Entry<String, Object> value : model.entrySet()) {
            if (!(value.getValue() instanceof Map || value.getValue() instanceof Iterable)) {
                filled = filled.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
            }
        }
        return filled.replaceAll("\\s+", " ").strip(); // a header line: no line breaks from a hostile value
    }

    private static TemplateEngine engine() {
        TemplateEngine engine = new TemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
