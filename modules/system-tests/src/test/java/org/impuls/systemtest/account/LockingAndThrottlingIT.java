package org.impuls.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impuls.systemtest.account.Accounts.PASSWORD;
import static org.impuls.systemtest.account.Accounts.bearer;

import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Portal.class)
class LockingAndThrottlingIT {

    @Test
    void operatorLocksWithAReasonWhichIsAuditedAndTakesEffectAtOnce(Http http, Mailbox mailbox, Database database) {
        String email = Accounts.registerAndConfirm(http, mailbox, "lockme");
        String customerToken = Accounts.tokenFor(http, email, PASSWORD);
        String customerSession = http.logIn(email, PASSWORD);
        String operatorToken = Accounts.tokenFor(http, "operator@impuls.example", "operator-demo");
        String id = database.single("select id from account where email_key = ?", email.toLowerCase());

        Http.Answer withoutReason = http.json("PUT", "/api/core/admin/accounts/" + id + "/lock", "{}", "Authorization", bearer(operatorToken));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");

        Http.Answer locked = http.json("PUT", "/api/core/admin/accounts/" + id + "/lock",
                "{\"reason\":\"Betrugsverdacht, Rückfrage läuft\"}", "Authorization", bearer(operatorToken));
        assertThat(locked.status()).isEqualTo(200);
        assertThat(locked.json().getString("status")).isEqualTo("LOCKED");

        assertThat(http.get("/api/core/me", "Authorization", bearer(customerToken)).status()).isEqualTo(401);
        assertThat(http.get("/konto", "Cookie", customerSession).status()).as("session ends at once").isEqualTo(302);
        Http.Answer newToken = http.json("POST", "/api/core/tokens",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"x\"}");
        assertThat(newToken.json().getString("detail")).contains("locked");

        String audit = http.get("/api/core/audit?size=100", "Authorization", bearer(operatorToken)).body();
        assertThat(audit).contains("account.locked").contains("Betrugsverdacht, Rückfrage läuft").contains(email);

        assertThat(http.json("DELETE", "/api/core/admin/accounts/" + id + "/lock", null, "Authorization", bearer(operatorToken))
                .json().getString("status")).isEqualTo("ACTIVE");
        assertThat(http.get("/api/core/me", "Authorization", bearer(customerToken)).status()).isEqualTo(200);
    }

    @Test
    void fiveWrongPasswordsPauseTheAccountEvenForTheRightOne(Http http, Mailbox mailbox) {
        String email = Accounts.registerAndConfirm(http, mailbox, "throttle");
        for (int i = 0; i < 5; i++) {
            assertThat(http.json("POST", "/api/core/tokens",
                    "{\"email\":\"" + email + "\",\"password\":\"falsch-" + i + "-xx\",\"name\":\"x\"}").status()).isEqualTo(401);
        }

        Http.Answer right = http.json("POST", "/api/core/tokens",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"x\"}");

        assertThat(right.status()).isEqualTo(401);
        assertThat(right.json().getString("detail")).contains("throttled");
    }

    @Test
    void crossSiteWritesWithTheSessionCookieAreRefused(Http http, Mailbox mailbox) {
        String email = Accounts.registerAndConfirm(http, mailbox, "csrf");
        String session = http.logIn(email, PASSWORD);

        Http.Answer foreign = http.json("POST", "/api/core/me/tokens", "{\"name\":\"evil\"}",
                "Cookie", session, "Origin", "https://evil.example");
        Http.Answer own = http.json("POST", "/api/core/me/tokens", "{\"name\":\"mine\"}",
                "Cookie", session, "Origin", http.baseUrl());

        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().getString("detail")).contains("cross-site");
        assertThat(own.status()).isEqualTo(201);
    }

    @Test
    void everyPageCarriesSecurityHeaders(Http http) {
        Http.Answer page = http.get("/");

        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'self'", "object-src 'none'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void sessionIdChangesAtLoginAndTheCookieIsHttpOnly(Http http, Mailbox mailbox) {
        String email = Accounts.registerAndConfirm(http, mailbox, "fixation");
        Http.Answer loginPage = http.get("/login");
        String before = loginPage.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("IMPULS_SESSION=")).findFirst().orElseThrow();

        String after = http.logIn(email, PASSWORD);

        assertThat(before).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(after).isNotEqualTo(before.split(";")[0]);
    }
}
