package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.regex.Pattern;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.RawHttp;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Odd requests get a clear 400 or 404, never a 500, an internal class name or a link off the portal. */
@ExtendWith(Portal.class)
class ErrorHygieneIT {

    private static final Pattern INTERNALS = Pattern.compile("org\\.impuls|java\\.|jakarta\\.|Exception|\\$|class ");

    @Test
    void aPageSoFarThatItsOffsetWouldOverflowIsRefusedByEveryPagedEndpoint(Http http) {
        String operator = Accounts.bearer(Accounts.tokenFor(http, "operator@impuls.example", "operator-demo"));
        for (String list : new String[] {
            "/api/shop/products", "/api/directory/businesses", "/api/core/audit", "/api/core/admin/accounts"
        }) {
            Http.Answer answer = http.get(list + "?page=2147483647&size=100", "Authorization", operator);

            assertThat(answer.status()).as(list + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).as(list).startsWith("application/problem+json");
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .as(list)
                    .isEqualTo("page");
        }
    }

    @Test
    void searchPagesShowAProblemInsteadOfFailingOnAnAbsurdPage(Http http) {
        for (String page : new String[] {"/produkte?page=2147483647", "/betriebe?page=2147483647"}) {
            Http.Answer answer = http.get(page);

            assertThat(answer.status()).as(page).isEqualTo(200);
            assertThat(answer.body()).as(page).contains("page must be between 1 and 100000, was 2147483647");
        }
        for (String page : new String[] {"/produkte?page=99999999999", "/betriebe?page=zwei", "/betriebe?page=-3"}) {
            assertThat(http.get(page).status()).as(page).isEqualTo(200);
        }
    }

    @Test
    void aMalformedJsonBodyIsPlacedWithoutNamingInternalClasses(Http http) {
        JsonObject broken = problemFor(http, "{email:\"a@example.org\"}");
        assertThat(broken.getString("detail")).contains("line 1, column 2");

        JsonObject cut = problemFor(http, "{\"email\":");
        assertThat(cut.getString("detail")).contains("ends before the JSON is complete");

        JsonObject array = problemFor(http, "[1,");
        assertThat(array.getString("detail")).contains("got an array");

        JsonObject wrongKind = problemFor(http, "{\"email\":{\"a\":1}}");
        assertThat(wrongKind.getString("detail")).contains("property 'email'");
    }

    private static JsonObject problemFor(Http http, String body) {
        Http.Answer answer = http.json("POST", "/api/core/password-resets", body);
        assertThat(answer.status()).as(body + ": " + answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).as(body).startsWith("application/problem+json");
        JsonObject problem = answer.json();
        assertThat(problem.getString("detail")).as(body).doesNotContainPattern(INTERNALS);
        return problem;
    }

    @Test
    void theLanguageLinksOfAnErrorPageStayOnThePortal(Http http) {
        RawHttp.Answer answer = new RawHttp(http.baseUrl())
                .send(
                        "GET",
                        "//evil.example/x",
                        null,
                        "Host: " + http.baseUrl().substring("http://".length()),
                        "Accept: text/html");

        assertThat(answer.status()).as(answer.head()).isEqualTo(404);
        assertThat(answer.body())
                .contains("class=\"language-switch\" href=\"/evil.example/x?lang=en\"")
                .doesNotContain("href=\"//evil.example")
                .doesNotContain("href=\"http://evil.example");
    }
}
