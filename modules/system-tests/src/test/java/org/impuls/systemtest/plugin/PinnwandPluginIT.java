package org.impuls.systemtest.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The example plugin, dropped into the plugins folder before the start: discovered but inert, then
 * installed (its migrations ran), enabled (every contribution appears), configured, disabled (every
 * contribution inert again), and uninstalled without its data.
 */
@ExtendWith(Portal.class)
class PinnwandPluginIT {

    private String operator;

    @BeforeEach
    void startFromScratch(Http http) {
        operator = PluginStates.operatorToken(http);
        PluginStates.reset(http, operator, "stolperstein", "pinnwand");
    }

    @Test
    void fullLifecycleShowsEachContributionAppearAndGoInert(Http http, Database database) {
        assertThat(state(http)).isEqualTo("DISCOVERED");
        assertInert(http);

        assertThat(change(http, "{\"state\":\"INSTALLED\"}").getString("state")).isEqualTo("INSTALLED");
        assertThat(database.single("select count(*) from pinnwand_notice")).isEqualTo("0");
        assertThat(database.single("select count(*) from flyway_pinnwand where success and version = '1'"))
                .isEqualTo("1");
        assertInert(http);

        assertThat(change(http, "{\"state\":\"ENABLED\"}").getString("state")).isEqualTo("ENABLED");
        Http.Answer posted = http.json(
                "POST",
                "/api/pinnwand/notices",
                "{\"text\":\"Flohmarkt am Samstag im Stadtpark\"}",
                "Authorization",
                operator);
        assertThat(posted.status()).isEqualTo(201);
        assertThat(http.get("/api/pinnwand/notices").body()).contains("Flohmarkt am Samstag im Stadtpark");
        assertThat(http.get("/pinnwand/").body())
                .contains("<h1 id=\"pinnwand-title\">Pinnwand</h1>", "Flohmarkt am Samstag");
        String home = http.get("/").body();
        assertThat(home).as("menu entry and home page slot").contains("href=\"/pinnwand/\"", "id=\"pinnwand-home\"");
        assertThat(http.get("/api/core/search?q=flohmarkt").body()).contains("\"id\":\"pinnwand\"");
        assertThat(http.get("/sitemap.xml").status()).isEqualTo(200);

        int before = Integer.parseInt(database.single("select count(*) from pinnwand_notice"));
        register(http, "plugin-watch");
        assertThat(Integer.parseInt(database.single("select count(*) from pinnwand_notice")))
                .as("the observer welcomed")
                .isEqualTo(before + 1);

        Http.Answer badSetting = http.json(
                "PUT",
                "/api/platform/plugins/pinnwand/settings",
                "{\"title\":\"Schwarzes Brett\",\"maxNotices\":\"viele\"}",
                "Authorization",
                operator);
        assertThat(badSetting.status()).isEqualTo(400);
        assertThat(http.get("/pinnwand/").body()).as("nothing half-changed").contains(">Pinnwand</h1>");
        assertThat(http.json(
                                "PUT",
                                "/api/platform/plugins/pinnwand/settings",
                                "{\"title\":\"Schwarzes Brett\"}",
                                "Authorization",
                                operator)
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/pinnwand/").body()).contains(">Schwarzes Brett</h1>");

        assertThat(change(http, "{\"state\":\"INSTALLED\"}").getString("state")).isEqualTo("INSTALLED");
        assertInert(http);
        int whileDisabled = Integer.parseInt(database.single("select count(*) from pinnwand_notice"));
        register(http, "plugin-quiet");
        assertThat(Integer.parseInt(database.single("select count(*) from pinnwand_notice")))
                .as("a disabled plugin's observer hears nothing")
                .isEqualTo(whileDisabled);

        assertThat(change(http, "{\"state\":\"DISCOVERED\",\"keepData\":false}").getString("state"))
                .isEqualTo("DISCOVERED");
        assertThat(database.single(
                        "select count(*) from information_schema.tables where table_name = 'pinnwand_notice'"))
                .isEqualTo("0");
    }

    @Test
    void onlyOperatorsChangeStatesAndRefusalsSayWhy(Http http) {
        assertThat(http.json("PUT", "/api/platform/plugins/pinnwand", "{\"state\":\"ENABLED\"}")
                        .status())
                .isEqualTo(401);
        Http.Answer unknown =
                http.json("PUT", "/api/platform/plugins/nope", "{\"state\":\"ENABLED\"}", "Authorization", operator);
        assertThat(unknown.status()).isEqualTo(404);
        Http.Answer badState =
                http.json("PUT", "/api/platform/plugins/pinnwand", "{\"state\":\"ON\"}", "Authorization", operator);
        assertThat(badState.status()).isEqualTo(400);
        assertThat(badState.json().getString("detail")).contains("ENABLED, INSTALLED");
    }

    private void assertInert(Http http) {
        assertThat(http.get("/api/pinnwand/notices").status()).isEqualTo(404);
        assertThat(http.get("/pinnwand/").status()).isEqualTo(404);
        assertThat(http.get("/pinnwand/index.xhtml").status()).isEqualTo(404);
        String home = http.get("/").body();
        assertThat(home).doesNotContain("href=\"/pinnwand/\"", "id=\"pinnwand-home\"");
        assertThat(http.get("/api/core/search?q=flohmarkt").body()).doesNotContain("\"id\":\"pinnwand\"");
    }

    private String state(Http http) {
        return http.get("/api/platform/plugins/pinnwand").json().getString("state");
    }

    private JsonObject change(Http http, String body) {
        Http.Answer answer = http.json("PUT", "/api/platform/plugins/pinnwand", body, "Authorization", operator);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static void register(Http http, String who) {
        String email = who + "-" + System.nanoTime() + "@example.org";
        assertThat(http.json(
                                "POST",
                                "/api/core/accounts",
                                "{\"email\":\"" + email + "\",\"displayName\":\"" + who
                                        + "\",\"password\":\"gutes-passwort-1\"}")
                        .status())
                .isEqualTo(202);
    }
}
