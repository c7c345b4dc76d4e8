package org.impuls.core.api.money;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The core's texts about money in one language, read from its own {@code i18n/messages_<lang>.properties}:
 * a published type cannot reach the core's message catalogue, and a parser is called outside any request too.
 */
final class MoneyTexts {

    private static final String PROBE = "core.money.refusal.form";
    private static final Map<String, Properties> BY_LANGUAGE = new ConcurrentHashMap<>();

    private MoneyTexts() {}

    static String format(Locale language, String key, Object... arguments) {
        Properties texts = BY_LANGUAGE.computeIfAbsent(language.getLanguage(), MoneyTexts::read);
        return new MessageFormat(texts.getProperty(key, "???" + key + "???"), language).format(arguments);
    }

    /** Every module ships a file of this name; the core's is the one holding its money texts. */
    private static Properties read(String language) {
        try {
            ClassLoader loader = MoneyTexts.class.getClassLoader();
            for (URL file : Collections.list(loader.getResources("i18n/messages_" + language + ".properties"))) {
                Properties texts = new Properties();
                try (Reader reader = new InputStreamReader(file.openStream(), StandardCharsets.UTF_8)) {
                    texts.load(reader);
                }
                if (texts.containsKey(PROBE)) {
                    return texts;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the core's message files", e);
        }
        throw new IllegalStateException("the core's message file for '" + language + "' is missing");
    }
}
