package org.impuls.systemtest.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The directory's first slice: demo businesses, German-aware search, categories, profiles (more to come). */
@ExtendWith(Portal.class)
class DirectorySearchIT {

    @ParameterizedTest(name = "\"{0}\" finds the bakeries")
    @ValueSource(strings = {"Bäckerei", "Baeckerei", "Backerei", "BÄCKEREIEN", "bäckereien"})
    void everyGermanSpellingFindsTheSameBakeries(String query, Http http) {
        JsonObject page = http.get("/api/directory/businesses?q="
                        + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))
                .json();

        assertThat(page.getInt("total")).isEqualTo(4);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("name"))
                .startsWith("Bäckerei");
    }

    @Test
    void facetsCountTheHitsPerCategoryAndTheirParents(Http http) {
        JsonObject page = http.get("/api/directory/businesses?q=b%C3%A4ckerei").json();

        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        page.getJsonArray("facets")
                .forEach(f -> counts.put(
                        f.asJsonObject().getString("slug"), f.asJsonObject().getInt("count")));
        assertThat(counts)
                .containsEntry("baeckereien", 4)
                .containsEntry("einzelhandel", 4)
                .doesNotContainKey("metzgereien");
        assertThat(http.get("/betriebe?q=b%C3%A4ckerei").body()).contains("id=\"directory-facets\"", "Bäckereien (4)");
    }

    @Test
    void categoryIncludesItsSubCategoriesAndPagesAreCountedFromOne(Http http) {
        JsonObject retail = http.get("/api/directory/businesses?category=einzelhandel&size=5")
                .json();
        JsonObject bakeries =
                http.get("/api/directory/businesses?category=baeckereien").json();

        assertThat(retail.getInt("total"))
                .isGreaterThan(bakeries.getInt("total"))
                .isGreaterThanOrEqualTo(15);
        assertThat(retail.getInt("page")).isEqualTo(1);
        assertThat(retail.getJsonArray("items")).hasSize(5);
        assertThat(http.get("/api/directory/businesses?page=0").status()).isEqualTo(400);
    }

    @Test
    void atLeastFortyDemoBusinessesIncludingClubsAndInstitutions(Http http) {
        assertThat(http.get("/api/directory/businesses").json().getInt("total")).isGreaterThanOrEqualTo(40);
        assertThat(http.get("/api/directory/businesses?category=vereine").json().getInt("total"))
                .isGreaterThanOrEqualTo(3);
        assertThat(http.get("/api/directory/businesses?q=kindergarten").json().getInt("total"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void profileHasAReadableUrlAndUnknownOnesAreNotFound(Http http) {
        Http.Answer page = http.get("/betriebe/baeckerei-mueller");
        JsonObject json =
                http.get("/api/directory/businesses/baeckerei-mueller").json();

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 itemprop=\"name\">Bäckerei Müller</h1>", "Marktstraße 12");
        assertThat(json.getString("openingHours")).contains("Mo-Fr");
        assertThat(http.get("/betriebe/gibt-es-nicht").status()).isEqualTo(404);
        assertThat(http.get("/api/directory/businesses/gibt-es-nicht").contentType())
                .startsWith("application/problem+json");
    }

    @Test
    void profileSaysWhetherTheBusinessIsOpenAtAGivenTime(Http http) {
        // Bäckerei Müller: Mo-Fr 06:30-18:00; Sa 06:30-13:00; Su 08:00-11:00
        assertThat(http.get("/api/directory/businesses/baeckerei-mueller?at=2026-11-25T07:15")
                        .json()
                        .getBoolean("openNow"))
                .isTrue();
        assertThat(http.get("/api/directory/businesses/baeckerei-mueller?at=2026-11-25T19:00")
                        .json()
                        .getBoolean("openNow"))
                .isFalse();
        assertThat(http.get("/api/directory/businesses/baeckerei-mueller?at=2026-11-29T09:00%2B01:00")
                        .json()
                        .getBoolean("openNow"))
                .isTrue();
        Http.Answer bad = http.get("/api/directory/businesses/baeckerei-mueller?at=morgen");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("at");
    }

    @Test
    void nearAPostalCodeFindsOnlyWhatIsWithinTheRadiusNearestFirst(Http http) {
        JsonObject centre = http.get("/api/directory/businesses?q=baeckerei&near=67655&radiusKm=1&sort=distance")
                .json();
        JsonObject wider = http.get("/api/directory/businesses?q=baeckerei&near=67655&radiusKm=10&sort=distance")
                .json();

        assertThat(centre.toString()).contains("Bäckerei Müller").doesNotContain("Landbäckerei Hohenecken");
        assertThat(wider.toString()).contains("Landbäckerei Hohenecken");
        double previous = 0;
        for (var item : wider.getJsonArray("items")) {
            double km = item.asJsonObject().getJsonNumber("distanceKm").doubleValue();
            assertThat(km).isLessThanOrEqualTo(10).isGreaterThanOrEqualTo(previous);
            previous = km;
        }
        assertThat(http.get("/api/directory/businesses?near=49.4440,7.7695&radiusKm=0.5")
                        .json()
                        .getInt("total"))
                .isPositive();
    }

    @Test
    void badLocationsAndSortsAreRefusedNamingTheField(Http http) {
        assertThat(field(http.get("/api/directory/businesses?near=12345"))).isEqualTo("near");
        assertThat(field(http.get("/api/directory/businesses?near=irgendwo"))).isEqualTo("near");
        assertThat(field(http.get("/api/directory/businesses?near=67655&radiusKm=500")))
                .isEqualTo("radiusKm");
        assertThat(field(http.get("/api/directory/businesses?sort=distance"))).isEqualTo("sort");
    }

    @Test
    void openNowKeepsOnlyBusinessesOpenAtThisMoment(Http http) {
        JsonObject all = http.get("/api/directory/businesses?size=100").json();
        JsonObject open =
                http.get("/api/directory/businesses?openNow=true&size=100").json();

        assertThat(open.getInt("total")).isLessThanOrEqualTo(all.getInt("total"));
        for (var item : open.getJsonArray("items")) {
            assertThat(item.asJsonObject().getBoolean("openNow")).isTrue();
        }
    }

    @Test
    void searchPageFiltersByDistanceAndSaysHowFar(Http http) {
        String page = http.get("/betriebe?q=baeckerei&near=67655&radiusKm=1&sort=distance")
                .body();

        assertThat(page).contains("Bäckerei Müller", " km").doesNotContain("Landbäckerei Hohenecken");
        assertThat(http.get("/betriebe?near=99999").body())
                .as("a bad postal code is explained")
                .contains("99999", "role=\"alert\"");
    }

    private static String field(Http.Answer answer) {
        assertThat(answer.status()).isEqualTo(400);
        return answer.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void headerSearchAndSitemapIncludeBusinesses(Http http) {
        assertThat(http.get("/suche?q=Metzgerei").body()).contains("Betriebe", "href=\"/betriebe/metzgerei-kuhn\"");
        assertThat(http.get("/sitemap.xml").body()).contains("/betriebe/baeckerei-mueller?lang=de");
        assertThat(http.get("/").body()).as("menu entry").contains("href=\"/betriebe\"");
    }
}
