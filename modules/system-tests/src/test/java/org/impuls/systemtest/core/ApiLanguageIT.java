package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** REST answers are in the language of ?lang=, else Accept-Language, else German; the pages' remembered choice does not count. */
@ExtendWith(Portal.class)
class ApiLanguageIT {

    private static final String WINE = "/api/shop/products?q=riesling+gro%C3%9Fes+gew%C3%A4chs";

    @Test
    void aProductIsAnsweredInTheLanguageTheClientAsksFor(Http http) {
        String product = "/api/shop/products/"
                + http.get(WINE).json().getJsonArray("items").getJsonObject(0).getJsonNumber("id");

        JsonObject german = http.get(product).json();
        JsonObject byHeader =
                http.get(product, "Accept-Language", "en-GB,en;q=0.9").json();
        JsonObject byParameter =
                http.get(product + "?lang=en", "Accept-Language", "de-DE").json();

        assertThat(german.getString("title")).isEqualTo("Riesling Großes Gewächs");
        assertThat(german.getJsonArray("allergens").toString()).contains("Schwefeldioxid und Sulphite");
        assertThat(byHeader.getString("title")).isEqualTo("Riesling Grand Cru");
        assertThat(byHeader.getJsonArray("allergens").toString()).contains("Sulphur dioxide and sulphites");
        assertThat(byParameter.getString("title")).isEqualTo("Riesling Grand Cru");
        assertThat(http.get(WINE + "&lang=en")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("title"))
                .isEqualTo("Riesling Grand Cru");
    }

    @Test
    void theLanguageRememberedForPagesNeitherChangesNorIsSetByApiAnswers(Http http) {
        Http.Answer withCookie = http.get(WINE, "Cookie", "impuls_lang=en");
        Http.Answer english = http.get(WINE + "&lang=en");

        assertThat(withCookie.json().getJsonArray("items").getJsonObject(0).getString("title"))
                .isEqualTo("Riesling Großes Gewächs");
        assertThat(english.header("Set-Cookie")).doesNotContain("impuls_lang");
    }

    @Test
    void everyResourceRefusesAnUnsupportedLanguageNamingTheField(Http http) {
        for (String address : new String[] {
            "/api/shop/products?lang=fr",
            "/api/directory/businesses?lang=fr",
            "/api/directory/businesses/baeckerei-mueller?lang=fr",
            "/api/core/search?q=brot&lang=fr"
        }) {
            Http.Answer answer = http.get(address);

            assertThat(answer.status()).as(address).isEqualTo(400);
            assertThat(answer.contentType()).as(address).startsWith("application/problem+json");
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .as(address)
                    .isEqualTo("lang");
        }
    }
}
