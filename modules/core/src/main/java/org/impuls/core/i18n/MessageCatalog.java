package org.impuls.core.i18n;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * All texts of the portal: the {@code i18n/messages_<lang>.properties} files of every jar on the
 * application's class path (core, modules and plugins), merged per language. Keys are prefixed
 * with the module id ({@code core.footer.imprint}), so files do not collide.
 */
@ApplicationScoped
public class MessageCatalog {

    private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);

    @PostConstruct
    void load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (Language language : Language.values()) {
            texts.put(language, Collections.unmodifiableMap(read(loader, language)));
        }
    }

    /** The text for a key, falling back to German, then to the key itself so a gap is visible. */
    public String text(Language language, String key) {
        String text = texts.get(language).get(key);
        if (text == null) {
            text = texts.get(Language.standard()).get(key);
        }
        return text != null ? text : "???" + key + "???";
    }

    public Map<String, String> all(Language language) {
        return texts.get(language);
    }

    private static Map<String, String> read(ClassLoader loader, Language language) {
        Map<String, String> merged = new HashMap<>();
        try {
            for (URL file : Collections.list(loader.getResources("i18n/messages_" + language.code() + ".properties"))) {
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(file.openStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((key, value) -> merged.put((String) key, (String) value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the message files", e);
        }
        return merged;
    }
}
