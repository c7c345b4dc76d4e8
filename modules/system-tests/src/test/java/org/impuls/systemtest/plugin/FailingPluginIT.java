package org.impuls.systemtest.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Stolperstein plugin fails on purpose. Its dependency is checked, a failure while starting or
 * inside an extension point marks it FAILED with the reason for the operator, and the portal goes on.
 */
@ExtendWith(Portal.class)
class FailingPluginIT {

    @Test
    void dependencyRefusalThenFailuresAreContainedAndShown(Http http) {
        String operator = PluginStates.operatorToken(http);
        PluginStates.reset(http, operator, "stolperstein", "pinnwand");

        Http.Answer refused = put(http, operator, "{\"state\":\"ENABLED\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("needs these plugins enabled first: pinnwand");

        assertThat(http.json(
                                "PUT",
                                "/api/platform/plugins/pinnwand",
                                "{\"state\":\"ENABLED\"}",
                                "Authorization",
                                operator)
                        .status())
                .isEqualTo(200);
        assertThat(put(http, operator, "{\"state\":\"ENABLED\"}").json().getString("state"))
                .isEqualTo("ENABLED");
        assertThat(http.get("/").body()).contains("href=\"/stolperstein/\"");

        Http.Answer search = http.get("/api/core/search?q=stolpern%20impressum");
        assertThat(search.status()).as("the search still answers").isEqualTo(200);
        JsonObject failed = http.get("/api/platform/plugins/stolperstein", "Authorization", operator)
                .json();
        assertThat(failed.getString("state")).isEqualTo("FAILED");
        assertThat(failed.getString("error")).contains("gestolpert");
        assertThat(http.get("/").body())
                .as("a failed plugin's menu entry is gone")
                .doesNotContain("href=\"/stolperstein/\"");
        assertThat(http.get("/api/platform/plugins/stolperstein").json().containsKey("error"))
                .as("errors are for operators only")
                .isFalse();

        assertThat(http.json(
                                "PUT",
                                "/api/platform/plugins/stolperstein/settings",
                                "{\"failOnEnable\":\"true\"}",
                                "Authorization",
                                operator)
                        .status())
                .isEqualTo(200);
        JsonObject failedAtStart =
                put(http, operator, "{\"state\":\"ENABLED\"}").json();
        assertThat(failedAtStart.getString("state")).isEqualTo("FAILED");
        assertThat(http.get("/api/platform/plugins/stolperstein", "Authorization", operator)
                        .json()
                        .getString("error"))
                .contains("wie bestellt");
        assertThat(http.get("/").status()).isEqualTo(200);

        assertThat(http.json(
                                "PUT",
                                "/api/platform/plugins/pinnwand",
                                "{\"state\":\"INSTALLED\"}",
                                "Authorization",
                                operator)
                        .status())
                .as("nothing enabled depends on Pinnwand any more")
                .isEqualTo(200);
        PluginStates.reset(http, operator, "stolperstein", "pinnwand");
    }

    @Test
    void aDeadlockInASearchProviderIsAuditedAndLeavesThePluginEnabled(Http http, Database database) {
        String operator = PluginStates.operatorToken(http);
        PluginStates.reset(http, operator, "stolperstein", "pinnwand");
        assertThat(PluginStates.put(http, operator, "pinnwand", "{\"state\":\"ENABLED\"}")
                        .status())
                .isEqualTo(200);
        assertThat(put(http, operator, "{\"state\":\"ENABLED\"}").json().getString("state"))
                .isEqualTo("ENABLED");
        String before = database.single(
                "select count(*) from audit_event where action = 'plugin.error' and target = 'stolperstein'");

        assertThat(http.get("/api/core/search?q=verklemmt%20impressum").status())
                .as("the search still answers")
                .isEqualTo(200);

        assertThat(http.get("/api/platform/plugins/stolperstein", "Authorization", operator)
                        .json()
                        .getString("state"))
                .as("a deadlock is a hiccup, not a reason to switch the plugin off")
                .isEqualTo("ENABLED");
        assertThat(http.get("/").body()).contains("href=\"/stolperstein/\"");
        assertThat(Integer.parseInt(database.single(
                        "select count(*) from audit_event where action = 'plugin.error' and target = 'stolperstein'")))
                .isEqualTo(Integer.parseInt(before) + 1);
        assertThat(database.single(
                        "select detail from audit_event where action = 'plugin.error' and target = 'stolperstein'"
                                + " order by id desc limit 1"))
                .contains("search provider stolperstein")
                .contains("PersistenceException")
                .contains("deadlock detected");
        PluginStates.reset(http, operator, "stolperstein", "pinnwand");
    }

    private static Http.Answer put(Http http, String operator, String body) {
        return http.json("PUT", "/api/platform/plugins/stolperstein", body, "Authorization", operator);
    }
}
