package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Portal.class)
class LegalPagesApiIT {

    @Test
    void demoImprintNamesTheOperatorInKaiserslautern(Http http) {
        Http.Answer answer = http.get("/api/core/legal-pages/imprint?lang=de");

        assertThat(answer.status()).isEqualTo(200);
        JsonObject page = answer.json();
        assertThat(page.getString("title")).isEqualTo("Impressum");
        assertThat(page.getString("bodyHtml")).contains("67655 Kaiserslautern");
        assertThat(page.getString("url")).isEqualTo("/impressum?lang=de");
    }

    @Test
    void englishVersionIsServedForLangEn(Http http) {
        JsonObject page = http.get("/api/core/legal-pages/privacy?lang=en").json();

        assertThat(page.getString("title")).isEqualTo("Privacy policy");
        assertThat(page.getString("language")).isEqualTo("en");
    }

    @Test
    void unknownPageIsAProblemDocumentWith404(Http http) {
        Http.Answer answer = http.get("/api/core/legal-pages/cookies");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getString("detail")).contains("imprint, privacy or terms");
    }

    @Test
    void unsupportedLanguageIsRefusedNamingTheField(Http http) {
        Http.Answer answer = http.get("/api/core/legal-pages/imprint?lang=fr");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonObject problem = answer.json();
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("lang");
        assertThat(problem.getString("detail")).contains("de or en");
    }

    @Test
    void healthReportsUpWithTheDatabase(Http http) {
        Http.Answer health = http.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("impuls");
    }
}
