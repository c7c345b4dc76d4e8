package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.directory.Applicants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Content-Security-Policy as browsers get it: a page runs only scripts with its own nonce (never inline code
 * or eval), shows images of the portal and the configured tile server only; other answers run nothing.
 */
@ExtendWith(Portal.class)
class ContentSecurityPolicyIT {

    private static final String TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    @Test
    void aPageRunsOnlyScriptsWithItsNonceAndShowsImagesOfThePortalAndTheTileServer(Http http) {
        for (String path : List.of("/produkte", "/login", "/betriebe/baeckerei-mueller")) {
            Http.Answer page = http.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.response().headers().allValues("Content-Security-Policy"))
                    .as("one policy for " + path)
                    .hasSize(1);
            Map<String, List<String>> policy = directives(page.header("Content-Security-Policy"));

            String nonce = Http.nonce(page.body()).orElseThrow(() -> new AssertionError("no script nonce on " + path));
            assertThat(policy.get("script-src")).as(path).containsExactly("'self'", "'nonce-" + nonce + "'");
            assertThat(page.body())
                    .as("the page's scripts carry the nonce")
                    .doesNotContainPattern("<script(?![^>]* nonce=\"" + Pattern.quote(nonce) + "\")[^>]*>");
            assertThat(policy.get("img-src"))
                    .as(path)
                    .containsExactly("'self'", "data:", "https://tile.openstreetmap.org");
            assertThat(policy.get("object-src")).containsExactly("'none'");
            assertThat(policy.get("frame-ancestors")).containsExactly("'self'");
            assertThat(policy.keySet()).doesNotContain("script-src-attr", "script-src-elem");
        }
        assertThat(Http.nonce(http.get("/produkte").body()))
                .as("a new nonce for each page")
                .isNotEqualTo(Http.nonce(http.get("/produkte").body()))
                .isPresent();
    }

    @Test
    void theImageSourceFollowsTheTileServerSettingAndASettingCannotAddADirective(Http http) {
        String operator = Applicants.operator(http);
        try {
            setTiles(http, operator, "https://{s}.tiles.example:8443/{z}/{x}/{y}.png");
            assertThat(directives(http.get("/produkte").header("Content-Security-Policy"))
                            .get("img-src"))
                    .containsExactly("'self'", "data:", "https://*.tiles.example:8443");

            setTiles(http, operator, "https://tiles.example; script-src * 'unsafe-inline'/{z}/{x}/{y}.png");
            String policy = http.get("/produkte").header("Content-Security-Policy");
            assertThat(directives(policy).get("img-src")).containsExactly("'self'", "data:");
            assertThat(policy).doesNotContain("tiles.example", "unsafe-inline'/", "script-src *");
        } finally {
            setTiles(http, operator, TILES);
        }
    }

    @Test
    void answersThatAreNoPagesRunNothing(Http http) {
        for (String path : List.of("/api/directory/businesses", "/sitemap.xml", "/api/core/does-not-exist")) {
            Http.Answer answer = http.get(path);
            Map<String, List<String>> policy = directives(answer.header("Content-Security-Policy"));
            assertThat(policy.get("default-src")).as(path).containsExactly("'none'");
            assertThat(policy).as(path).doesNotContainKey("script-src");
            assertThat(answer.response().headers().allValues("Content-Security-Policy"))
                    .as(path)
                    .hasSize(1);
        }
    }

    @Test
    void aFormSentWithoutScriptComesBackWithItsMessagesNotAnErrorPage(Http http) {
        Http.Answer form = http.get("/login");

        // no primefaces.nonce field: the script that adds it never ran
        Http.Answer sent = http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", Http.sessionCookie(form))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "login=login&login%3Aemail=nobody%40impuls.example&login%3Apassword=wrong-"
                                + UUID.randomUUID() + "&login%3Asubmit=&jakarta.faces.ViewState="
                                + URLEncoder.encode(Http.viewState(form.body()), StandardCharsets.UTF_8)))
                .build());

        assertThat(sent.status()).as(sent.header("Location")).isEqualTo(200);
        assertThat(sent.body()).contains("id=\"login:email\"");
        String nonce = Http.nonce(sent.body()).orElseThrow();
        assertThat(sent.header("Content-Security-Policy")).endsWith("'nonce-" + nonce + "';");
    }

    @Test
    void noStrictTransportSecurityWhileThePublicAddressIsPlainHttp(Http http) {
        assertThat(http.get("/produkte").response().headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
    }

    private static void setTiles(Http http, String operator, String url) {
        Http.Answer set = http.json(
                "PUT",
                "/api/platform/plugins/directory/settings",
                "{\"mapTileUrl\":\"" + url + "\"}",
                "Authorization",
                operator);
        assertThat(set.status()).as(set.body()).isLessThan(300);
    }

    /** "a b c; d e" → {a: [b, c], d: [e]} */
    private static Map<String, List<String>> directives(String policy) {
        assertThat(policy).isNotBlank();
        return Arrays.stream(policy.split(";"))
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .map(d -> d.split("\\s+"))
                .collect(Collectors.toMap(
                        d -> d[0],
                        d -> List.of(Arrays.copyOfRange(d, 1, d.length)),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }
}
