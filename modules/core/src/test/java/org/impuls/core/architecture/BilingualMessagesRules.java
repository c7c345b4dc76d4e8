package org.impuls.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in German and English, under the module's own key prefix, and so does every mail template
 * ({@code mail/<module>/<name>_de|en.html|txt}, with its subject {@code <module>.mail.<name>.subject}). Each module's test
 * extends this class and names its module; it reads the module's own message files.
 */
public abstract class BilingualMessagesRules {

    protected abstract String module();

    private static Properties read(String language) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/i18n/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        Set<Object> german = new TreeSet<>(read("de").keySet());
        Set<Object> english = new TreeSet<>(read("en").keySet());

        assertThat(english).as("keys missing in English").containsAll(german);
        assertThat(german).as("keys missing in German").containsAll(english);
    }

    @Test
    void keysStartWithTheModuleId() throws IOException {
        assertThat(read("de").stringPropertyNames())
                .allMatch(key -> key.startsWith(module() + "."), "starts with " + module() + ".");
    }

    @Test
    void everyMailHasBothPartsInBothLanguagesAndASubject() throws IOException {
        Path folder = Path.of("src/main/resources/mail", module());
        if (!Files.isDirectory(folder)) {
            return; // the module sends no mail
        }
        Properties german = read("de");
        try (var files = Files.list(folder)) {
            for (String file : files.map(f -> f.getFileName().toString()).toList()) {
                String name = file.replaceFirst("_(de|en)\\.(html|txt)$", "");
                assertThat(name).as(file + " is named <name>_de|en.html|txt").isNotEqualTo(file);
                for (String variant : new String[] {"_de.html", "_de.txt", "_en.html", "_en.txt"}) {
                    assertThat(folder.resolve(name + variant))
                            .as("the mail " + name + " has " + variant)
                            .exists();
                }
                assertThat(german.getProperty(module() + ".mail." + name + ".subject"))
                        .as("the subject of " + name)
                        .isNotBlank();
            }
        }
    }

    @Test
    void noTextIsLeftEmpty() throws IOException {
        for (String language : new String[] {"de", "en"}) {
            Properties texts = read(language);
            assertThat(texts.stringPropertyNames())
                    .allMatch(key -> !texts.getProperty(key).isBlank(), "has a text in " + language);
        }
    }
}
