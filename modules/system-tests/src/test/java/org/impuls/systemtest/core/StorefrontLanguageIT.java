package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Portal.class)
class StorefrontLanguageIT {

    @Test
    void homePageIsGermanWhenTheBrowserStatesNoLanguage(Http http) {
        Http.Answer home = http.get("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body())
                .containsPattern("<html[^>]* lang=\"de\"")
                .contains("Zum Inhalt springen", "Impressum", "Datenschutz");
    }

    @Test
    void browserAskingForEnglishGetsEnglish(Http http) {
        Http.Answer home = http.get("/", "Accept-Language", "en-GB,en;q=0.9,de;q=0.5");

        assertThat(home.body())
                .containsPattern("<html[^>]* lang=\"en\"")
                .contains("Skip to content", "Imprint", "Privacy policy");
    }

    @Test
    void explicitChoiceIsRememberedOverTheBrowserLanguage(Http http) {
        Http.Answer switched = http.get("/?lang=en", "Accept-Language", "de-DE");
        String cookie = switched.header("Set-Cookie");
        assertThat(cookie).startsWith("impuls_lang=en");

        Http.Answer later = http.get("/", "Accept-Language", "de-DE", "Cookie", cookie.split(";")[0]);

        assertThat(later.body()).containsPattern("<html[^>]* lang=\"en\"").contains("Skip to content");
    }

    @Test
    void everyLanguageVersionIsLinkedWithHreflang(Http http) {
        String page = http.get("/search.xhtml?q=brot").body();

        assertThat(page)
                .contains("hreflang=\"de\" href=\"" + http.baseUrl() + "/search.xhtml?q=brot&amp;lang=de\"")
                .contains("hreflang=\"en\" href=\"" + http.baseUrl() + "/search.xhtml?q=brot&amp;lang=en\"")
                .contains("hreflang=\"x-default\" href=\"" + http.baseUrl() + "/search.xhtml?q=brot\"");
    }

    @Test
    void forgedOrExpiredFormSubmissionGetsAFriendlyPageAndChangesNothing(Http http) {
        var post = java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                                "login=login&login:email=operator@impuls.example&login:password=operator-demo&login:submit=&jakarta.faces.ViewState=stale"))
                .build();

        Http.Answer answer = http.send(post);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/errors/expired.xhtml");
        Http.Answer explanation = http.get("/errors/expired.xhtml");
        assertThat(explanation.body())
                .contains("Sitzung abgelaufen", "nicht gespeichert")
                .doesNotContainPattern("\\.java:\\d+\\)");
        String session = answer.header("Set-Cookie").split(";")[0];
        Http.Answer admin = session.isEmpty()
                ? http.get("/admin/core/index.xhtml")
                : http.get("/admin/core/index.xhtml", "Cookie", session);
        assertThat(admin.status()).as("not logged in by a forged form").isEqualTo(302);
    }

    @Test
    void unknownPageGetsAFriendlyBilingualNotFoundPage(Http http) {
        Http.Answer german = http.get("/gibt-es-nicht.xhtml");
        Http.Answer english = http.get("/does-not-exist.xhtml", "Accept-Language", "en");

        assertThat(german.status()).isEqualTo(404);
        assertThat(german.body())
                .contains("Seite nicht gefunden")
                .doesNotContainPattern("\\w+Exception:")
                .doesNotContainPattern("\\.java:\\d+\\)");
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.body()).contains("Page not found");
    }
}
