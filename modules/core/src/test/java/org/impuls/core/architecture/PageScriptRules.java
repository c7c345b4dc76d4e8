package org.impuls.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages and scripts that keep to the Content-Security-Policy (scripts only with the page's nonce, no eval) and put
 * no text into the page as HTML. Each module's test extends this class; it reads the module's own pages and
 * scripts under {@code src/main/resources/META-INF/resources}.
 */
public abstract class PageScriptRules {

    private static final Path RESOURCES = Path.of("src/main/resources/META-INF/resources");

    /** DOM event handlers written into markup (PrimeFaces' own callbacks such as oncomplete are functions, not attributes). */
    private static final Pattern HANDLER = Pattern.compile(
            "<(?!p:)[a-zA-Z:]+[^>]*\\son(click|dblclick|change|input|submit|reset|load|focus|blur|key\\w+|mouse\\w+)\\s*=");

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>");
    private static final Pattern HTML_SINKS = Pattern.compile(
            "\\.(inner|outer)HTML\\s*(\\+)?=(?!=)|insertAdjacentHTML|document\\.write|\\.html\\(\\s*[^)\\s]");

    @Test
    void pagesUsePrimeFacesAjaxWhoseAnswersRunUnderThePolicy() {
        // Mojarra's faces.js runs an Ajax answer's scripts with eval and without the nonce
        assertThat(offending("xhtml", Pattern.compile("<f:ajax\\b")))
                .as("pages with f:ajax (use p:ajax)")
                .isEmpty();
    }

    @Test
    void pagesBringScriptsAsFilesNotInline() {
        assertThat(offending("xhtml", HANDLER))
                .as("pages with on… handlers in markup (use a script file)")
                .isEmpty();
        assertThat(offending("xhtml", INLINE_SCRIPT))
                .as("pages with inline <script> (use h:outputScript)")
                .isEmpty();
        assertThat(offending("xhtml", Pattern.compile("javascript:")))
                .as("pages with javascript: links")
                .isEmpty();
    }

    @Test
    void scriptsPutNoTextIntoThePageAsHtml() {
        assertThat(offending("js", HTML_SINKS))
                .as("scripts writing HTML (use textContent and elements)")
                .isEmpty();
        assertThat(offending("js", Pattern.compile("\\beval\\(|new Function\\(")))
                .as("scripts evaluating strings")
                .isEmpty();
    }

    private static List<String> offending(String extension, Pattern pattern) {
        if (!Files.isDirectory(RESOURCES)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(file -> file.toString().endsWith("." + extension))
                    .filter(file -> pattern.matcher(read(file)).find())
                    .map(Path::toString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
