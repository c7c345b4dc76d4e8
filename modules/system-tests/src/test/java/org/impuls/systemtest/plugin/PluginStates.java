package org.impuls.systemtest.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.impuls.systemtest.Http;

/** Brings a test plugin back to "discovered, no data", whatever earlier tests left behind. */
final class PluginStates {

    private PluginStates() {}

    static String operatorToken(Http http) {
        return "Bearer "
                + http.json(
                                "POST",
                                "/api/core/tokens",
                                "{\"email\":\"operator@impuls.example\",\"password\":\"operator-demo\",\"name\":\"plugins\"}")
                        .json()
                        .getString("token");
    }

    static void reset(Http http, String operator, String... ids) {
        for (String id : ids) {
            String state = http.get("/api/platform/plugins/" + id).json().getString("state");
            if (state.equals("ENABLED") || state.equals("FAILED")) {
                assertThat(put(http, operator, id, "{\"state\":\"INSTALLED\"}").status())
                        .isEqualTo(200);
            }
        }
        for (String id : ids) {
            if (!http.get("/api/platform/plugins/" + id)
                    .json()
                    .getString("state")
                    .equals("DISCOVERED")) {
                assertThat(put(http, operator, id, "{\"state\":\"DISCOVERED\",\"keepData\":false}")
                                .status())
                        .isEqualTo(200);
            }
        }
        // settings go with the data, so the plugins start from their defaults again
    }

    static Http.Answer put(Http http, String operator, String id, String body) {
        return http.json("PUT", "/api/platform/plugins/" + id, body, "Authorization", operator);
    }
}
