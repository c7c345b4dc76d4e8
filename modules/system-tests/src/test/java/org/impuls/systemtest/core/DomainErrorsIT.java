package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A service's refusal (org.impuls.core.api.error) reaches the client the same way wherever it is thrown: as a problem
 * document with the service's words over REST, as the friendly error page for a page, never as a stack trace.
 */
@ExtendWith(Portal.class)
class DomainErrorsIT {

    @Test
    void aConflictIs409WithTheServicesWords(Http http) {
        String operator = Accounts.bearer(Accounts.tokenFor(http, "operator@impuls.example", "operator-demo"));
        long listed = http.get("/api/directory/businesses")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        Http.Answer again = http.json(
                "POST",
                "/api/directory/applications/" + listed + "/decision",
                "{\"decision\":\"APPROVE\"}",
                "Authorization",
                operator);

        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().getString("title")).isEqualTo("Conflict");
        assertThat(again.json().getString("detail"))
                .as("the service's words name the state")
                .contains("APPROVED");
    }

    @Test
    void nothingOfThatIdIs404WithTheServicesWords(Http http) {
        String operator = Accounts.bearer(Accounts.tokenFor(http, "operator@impuls.example", "operator-demo"));

        Http.Answer noApplication = http.json(
                "POST",
                "/api/directory/applications/99999999/decision",
                "{\"decision\":\"APPROVE\"}",
                "Authorization",
                operator);
        Http.Answer noProduct = http.get("/api/shop/products/99999999");

        assertThat(noApplication.status()).as(noApplication.body()).isEqualTo(404);
        assertThat(noApplication.contentType()).startsWith("application/problem+json");
        assertThat(noApplication.json().getString("detail")).isEqualTo("There is no application 99999999.");
        assertThat(noProduct.status()).isEqualTo(404);
        assertThat(noProduct.json().getInt("status")).isEqualTo(404);
        assertThat(noProduct.json().getString("detail")).isEqualTo("There is no product 99999999 in the shop.");
    }

    @Test
    void aPageWhoseLoadFindsNothingIsThe404Page(Http http) {
        Http.Answer german = http.get("/produkte/99999999");
        Http.Answer english = http.get("/produkte/99999999?lang=en");

        assertThat(german.status()).isEqualTo(404);
        assertThat(german.contentType()).startsWith("text/html");
        assertThat(german.body())
                .contains("Seite nicht gefunden")
                .doesNotContain("NotFoundException", "org.impuls", "\tat ");
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.body())
                .contains("Page not found")
                .doesNotContain("NotFoundException", "org.impuls", "\tat ");
    }
}
