package org.impuls.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Texts from Java read as the page shows them: an apostrophe survives when the text has no arguments. */
class MessagesFormatTest {

    @Test
    void aTextWithoutArgumentsKeepsItsApostrophe() {
        Messages messages = messages(Map.of("k", "outside this merchant's area"));

        assertThat(messages.format("k")).isEqualTo("outside this merchant's area");
    }

    @Test
    void aTextWithArgumentsIsFormatted() {
        Messages messages = messages(Map.of("k", "only {0} left of {1}"));

        assertThat(messages.format("k", 3, "Honig")).isEqualTo("only 3 left of Honig");
    }

    private static Messages messages(Map<String, String> texts) {
        Messages messages = new Messages();
        messages.catalog = new MessageCatalog() {
            @Override
            public String text(Language language, String key) {
                return texts.getOrDefault(key, "???" + key + "???");
            }
        };
        messages.currentLanguage = new CurrentLanguage() {
            @Override
            public Language language() {
                return Language.EN;
            }
        };
        return messages;
    }
}
