package org.impuls.core.legal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegalPageSanitisingTest {

    @Test
    void keepsWhatALegalTextNeeds() {
        String html = "<h2>Verantwortlicher</h2><p><strong>Impuls e.V.</strong><br/>Stiftsplatz 5</p>"
                + "<ul><li>Punkt</li></ul><p><a href=\"https://example.org\">Link</a></p>";

        String kept = LegalPages.sanitise(html);

        assertThat(kept)
                .contains(
                        "<h2>Verantwortlicher</h2>",
                        "<strong>Impuls e.V.</strong>",
                        "<br />",
                        "<li>Punkt</li>",
                        "href=\"https://example.org\"");
    }

    @Test
    void removesScriptsAndEventHandlers() {
        String kept = LegalPages.sanitise("<p onclick=\"steal()\">Text</p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">x</a><img src=x onerror=alert(1)>");

        assertThat(kept).contains("Text").doesNotContain("script", "onclick", "javascript:", "onerror", "<img");
    }
}
