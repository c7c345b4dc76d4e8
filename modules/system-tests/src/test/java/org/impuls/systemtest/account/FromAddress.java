package org.impuls.systemtest.account;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.RawHttp;

/**
 * A client that speaks to the portal from another loopback address (127.0.0.10, .11, …), one per test.
 * The portal counts failed logins per client address; the other tests all come from 127.0.0.1, and what
 * a throttling test does from here leaves them alone.
 */
final class FromAddress {

    private static final AtomicInteger NEXT = new AtomicInteger(10);
    private static final Pattern ERROR_SUMMARY = Pattern.compile("ui-messages-error-summary\">([^<]*)<");

    private final String localAddress;
    private final RawHttp raw;

    private FromAddress(String localAddress, String baseUrl) {
        this.localAddress = localAddress;
        this.raw = RawHttp.from(localAddress, baseUrl);
    }

    /** A client from an address no other test uses. */
    static FromAddress fresh(Http http) {
        return new FromAddress("127.0.0." + NEXT.getAndIncrement(), http.baseUrl());
    }

    String address() {
        return localAddress;
    }

    /** An answer: status, headers and body. */
    record Reply(RawHttp.Answer answer) {

        int status() {
            return answer.status();
        }

        String body() {
            return answer.body();
        }

        String header(String name) {
            return answer.header(name);
        }

        JsonObject json() {
            return Json.createReader(new StringReader(answer.body())).readObject();
        }

        /** The error message the login page shows, or "" if none. */
        String loginMessage() {
            Matcher message = ERROR_SUMMARY.matcher(answer.body());
            return message.find() ? message.group(1).strip() : "";
        }
    }

    /** {@code POST /api/core/tokens} with e-mail and password, as a REST client gets its first token. */
    Reply tokenRequest(String email, String password) {
        return new Reply(raw.send(
                "POST",
                "/api/core/tokens",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"from " + localAddress
                        + "\"}",
                host(),
                "Content-Type: application/json"));
    }

    /** The login form, opened and sent as a browser would. */
    Reply loginForm(String email, String password) {
        RawHttp.Answer page = raw.send("GET", "/login", null, host());
        String cookie = page.head()
                .lines()
                .filter(h -> h.regionMatches(true, 0, "Set-Cookie: IMPULS_SESSION=", 0, 27))
                .map(h -> h.substring("Set-Cookie: ".length()).split(";")[0])
                .findFirst()
                .orElseThrow(() -> new AssertionError("the login page set no session cookie"));
        return new Reply(raw.send(
                "POST",
                "/login",
                Http.loginFormBody(Http.viewState(page.body()), email, password),
                host(),
                "Content-Type: application/x-www-form-urlencoded",
                "Cookie: " + cookie));
    }

    private String host() {
        return "Host: " + raw.authority();
    }
}
