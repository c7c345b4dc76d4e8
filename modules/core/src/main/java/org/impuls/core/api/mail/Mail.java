package org.impuls.core.api.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A mail to queue: recipient, template, language, the values its template shows and its attachments. Immutable; each
 * step answers a new mail:
 * <pre>{@code
 * outbox.queue(Mail.to(contact.email()).template("directory", "approved").language(contact.language())
 *         .model("name", contact.displayName()).model("business", business.getName())
 *         .attach(Attachment.of("agb.pdf", "application/pdf", terms)));
 * }</pre>
 * Values are texts, numbers, booleans, lists of values (a repeated section: one entry per merchant of an order) and
 * maps of texts to values; they are stored as they are and rendered only after the queueing transaction committed.
 */
public final class Mail {

    /** Most bytes of all attachments of one mail: SMTP servers commonly refuse more than 10–25 MB once encoded. */
    public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

    private final String recipient;
    private final String module;
    private final String name;
    private final Locale language;
    private final Map<String, Object> model;
    private final List<Attachment> attachments;

    private Mail(
            String recipient,
            String module,
            String name,
            Locale language,
            Map<String, Object> model,
            List<Attachment> attachments) {
        this.recipient = recipient;
        this.module = module;
        this.name = name;
        this.language = language;
        this.model = Collections.unmodifiableMap(model);
        this.attachments = List.copyOf(attachments);
    }

    /** A mail to this address, in German until {@link #language} says otherwise. */
    public static Mail to(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("a mail needs a recipient");
        }
        return new Mail(recipient.strip(), null, null, Locale.GERMAN, new LinkedHashMap<>(), List.of());
    }

    /**
     * The module's template {@code mail/<module>/<name>_<language>.html} and {@code .txt}; the subject is the message
     * {@code <module>.mail.<name>.subject}.
     */
    public Mail template(String module, String name) {
        String segment = "[a-z0-9][a-z0-9-]{0,59}";
        if (module == null || name == null || !module.matches(segment) || !name.matches(segment)) {
            throw new IllegalArgumentException(
                    "template module and name are lower-case words with dashes: " + module + "/" + name);
        }
        return new Mail(recipient, module, name, language, new LinkedHashMap<>(model), attachments);
    }

    public Mail language(Locale language) {
        return new Mail(
                recipient,
                module,
                name,
                Objects.requireNonNull(language, "language"),
                new LinkedHashMap<>(model),
                attachments);
    }

    /** One value the template shows as {@code ${key}}; user texts are escaped in the HTML part. */
    public Mail model(String key, Object value) {
        if (key == null || !key.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("a model key is a Java-like name, was '" + key + "'");
        }
        Map<String, Object> values = new LinkedHashMap<>(model);
        values.put(key, checked(value, key));
        return new Mail(recipient, module, this.name, language, values, attachments);
    }

    /** Several values at once. */
    public Mail model(Map<String, ?> values) {
        Mail mail = this;
        for (Map.Entry<String, ?> value : values.entrySet()) {
            mail = mail.model(value.getKey(), value.getValue());
        }
        return mail;
    }

    public Mail attach(Attachment attachment) {
        List<Attachment> all = new ArrayList<>(attachments);
        all.add(Objects.requireNonNull(attachment, "attachment"));
        long bytes = all.stream().mapToLong(Attachment::size).sum();
        if (bytes > MAX_ATTACHMENT_BYTES) {
            throw new IllegalArgumentException(
                    "the attachments of one mail may have at most " + MAX_ATTACHMENT_BYTES + " bytes, were " + bytes);
        }
        return new Mail(recipient, module, name, language, new LinkedHashMap<>(model), all);
    }

    public String recipient() {
        return recipient;
    }

    /** {@code <module>/<name>}; a mail without a template cannot be queued. */
    public String template() {
        if (module == null) {
            throw new IllegalStateException("the mail to " + recipient + " names no template");
        }
        return module + "/" + name;
    }

    public Locale language() {
        return language;
    }

    public Map<String, Object> model() {
        return model;
    }

    public List<Attachment> attachments() {
        return attachments;
    }

    private static Object checked(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                copy.add(checked(list.get(i), path + "[" + i + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException(path + " has a key that is no text: " + entry.getKey());
                }
                copy.put(key, checked(entry.getValue(), path + "." + key));
            }
            return Collections.unmodifiableMap(copy);
        }
        throw new IllegalArgumentException(path + " must be a text, number, boolean, list or map, was "
                + value.getClass().getName());
    }
}
