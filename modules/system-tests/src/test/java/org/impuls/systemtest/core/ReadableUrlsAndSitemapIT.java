package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Portal.class)
class ReadableUrlsAndSitemapIT {

    @Test
    void legalPagesHaveReadableGermanUrls(Http http) {
        assertThat(http.get("/impressum").body()).contains("<h1>Impressum</h1>");
        assertThat(http.get("/datenschutz?lang=en").body()).contains("<h1>Privacy policy</h1>");
        assertThat(http.get("/nutzungsbedingungen").body()).contains("<h1>Nutzungsbedingungen</h1>");
    }

    @Test
    void headerSearchFindsTheImprintUnderItsReadableUrl(Http http) {
        Http.Answer results = http.get("/suche?q=Impressum");

        assertThat(results.status()).isEqualTo(200);
        assertThat(results.body()).contains("Ergebnisse für „Impressum“").contains("href=\"/impressum\"");
    }

    @Test
    void searchApiGroupsHitsAndRefusesAnEmptyQuery(Http http) {
        var answer = http.get("/api/core/search?q=kaiserslautern&lang=en").json();
        var pages = answer.getJsonArray("groups").stream()
                .map(g -> g.asJsonObject())
                .filter(g -> g.getString("id").equals("pages"))
                .findFirst()
                .orElseThrow();
        assertThat(pages.getString("label")).isEqualTo("Pages");
        assertThat(pages.getJsonArray("hits").toString()).contains("/impressum");

        Http.Answer empty = http.get("/api/core/search?q=");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("q");
    }

    @Test
    void sitemapListsEachPublicPageInBothLanguagesWithAlternates(Http http) {
        Http.Answer sitemap = http.get("/sitemap.xml");

        assertThat(sitemap.contentType()).startsWith("application/xml");
        assertThat(sitemap.body())
                .contains("<loc>" + http.baseUrl() + "/impressum?lang=de</loc>")
                .contains("<loc>" + http.baseUrl() + "/impressum?lang=en</loc>")
                .contains("hreflang=\"en\" href=\"" + http.baseUrl() + "/datenschutz?lang=en\"")
                .contains("<lastmod>");
    }

    @Test
    void robotsPointToTheSitemapAndKeepCrawlersOutOfTheBackOffice(Http http) {
        assertThat(http.get("/robots.txt").body())
                .contains("Sitemap: " + http.baseUrl() + "/sitemap.xml")
                .contains("Disallow: /backoffice/", "Disallow: /admin/");
    }

    @Test
    void openApiDocumentDescribesTheConventionsAndTheEndpoints(Http http) {
        String openapi = http.get("/openapi").body();

        assertThat(openapi)
                .contains("title: Impuls API", "/api/core/legal-pages/{kind}", "/api/core/search", "problem+json");
    }
}
