package org.impuls.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impuls.systemtest.account.Accounts.PASSWORD;
import static org.impuls.systemtest.account.Accounts.bearer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Operator locks, login throttling (a growing delay per account, a limit per client address, one answer for
 * every refusal) and the browser protections of the session. Throttling tests send from loopback addresses
 * of their own ({@link FromAddress}), so their failures do not count against the other tests' 127.0.0.1.
 */
@ExtendWith(Portal.class)
class LockingAndThrottlingIT {

    @Test
    void operatorLocksWithAReasonWhichIsAuditedAndTakesEffectAtOnce(Http http, Mailbox mailbox, Database database) {
        String email = Accounts.registerAndConfirm(http, mailbox, "lockme");
        String customerToken = Accounts.tokenFor(http, email, PASSWORD);
        String customerSession = http.logIn(email, PASSWORD);
        String operatorToken = Accounts.tokenFor(http, "operator@impuls.example", "operator-demo");
        String id = database.single("select id from account where email_key = ?", email.toLowerCase());

        Http.Answer withoutReason = http.json(
                "PUT", "/api/core/admin/accounts/" + id + "/lock", "{}", "Authorization", bearer(operatorToken));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("reason");

        Http.Answer locked = http.json(
                "PUT",
                "/api/core/admin/accounts/" + id + "/lock",
                "{\"reason\":\"Betrugsverdacht, Rückfrage läuft\"}",
                "Authorization",
                bearer(operatorToken));
        assertThat(locked.status()).isEqualTo(200);
        assertThat(locked.json().getString("status")).isEqualTo("LOCKED");

        assertThat(http.get("/api/core/me", "Authorization", bearer(customerToken))
                        .status())
                .isEqualTo(401);
        assertThat(http.get("/konto", "Cookie", customerSession).status())
                .as("session ends at once")
                .isEqualTo(302);
        Http.Answer newToken = http.json(
                "POST",
                "/api/core/tokens",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"x\"}");
        assertThat(newToken.json().getString("detail")).contains("locked");

        String audit = http.get("/api/core/audit?size=100", "Authorization", bearer(operatorToken))
                .body();
        assertThat(audit)
                .contains("account.locked")
                .contains("Betrugsverdacht, Rückfrage läuft")
                .contains(email);

        assertThat(http.json(
                                "DELETE",
                                "/api/core/admin/accounts/" + id + "/lock",
                                null,
                                "Authorization",
                                bearer(operatorToken))
                        .json()
                        .getString("status"))
                .isEqualTo("ACTIVE");
        assertThat(http.get("/api/core/me", "Authorization", bearer(customerToken))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anUnknownAddressAWrongPasswordAndADelayedAccountGetTheSameAnswer(
            Http http, Mailbox mailbox, Database database) {
        String email = Accounts.registerAndConfirm(http, mailbox, "same-answer");
        FromAddress client = FromAddress.fresh(http);

        FromAddress.Reply unknown = client.tokenRequest(Accounts.newAddress("nobody"), PASSWORD);
        FromAddress.Reply wrong = client.tokenRequest(email, "falsch-falsch");
        longDelay(database, email);
        FromAddress.Reply rightDuringTheDelay = client.tokenRequest(email, PASSWORD);

        assertThat(List.of(unknown, wrong, rightDuringTheDelay))
                .extracting(FromAddress.Reply::status)
                .containsOnly(401);
        assertThat(List.of(wrong.body(), rightDuringTheDelay.body())).containsOnly(unknown.body());
        assertThat(List.of(wrong.header("WWW-Authenticate"), rightDuringTheDelay.header("WWW-Authenticate")))
                .containsOnly(unknown.header("WWW-Authenticate"));
        assertThat(unknown.json().getString("detail")).doesNotContain("throttled");

        FromAddress.Reply pageUnknown = client.loginForm(Accounts.newAddress("nobody"), PASSWORD);
        FromAddress.Reply pageDuringTheDelay = client.loginForm(email, PASSWORD);
        endDelay(database, email);
        FromAddress.Reply pageWrong = client.loginForm(email, "falsch-falsch");

        assertThat(pageUnknown.loginMessage()).contains("stimmen nicht");
        assertThat(List.of(pageDuringTheDelay, pageWrong))
                .extracting(FromAddress.Reply::status)
                .containsOnly(pageUnknown.status());
        assertThat(List.of(pageDuringTheDelay.loginMessage(), pageWrong.loginMessage()))
                .containsOnly(pageUnknown.loginMessage());
    }

    @Test
    void theOwnerLogsInOnceTheDelayIsOverThoughAnAttackerTriedFiveTimesAndMore(
            Http http, Mailbox mailbox, Database database) {
        String email = Accounts.registerAndConfirm(http, mailbox, "owner");
        FromAddress attacker = FromAddress.fresh(http);
        for (int i = 0; i < 6; i++) {
            assertThat(attacker.tokenRequest(email, "rate-" + i + "-falsch").status())
                    .isEqualTo(401);
        }

        Accounts.waitOutLoginDelay(database, email);

        assertThat(http.json(
                                "POST",
                                "/api/core/tokens",
                                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"owner\"}")
                        .status())
                .as("no lock-out: the owner is in after at most a minute")
                .isEqualTo(201);
        assertThat(database.single(
                        "select count(*) from login_delay d join account a on a.id = d.account_id where a.email_key = ?",
                        email.toLowerCase()))
                .as("the right password ends the streak")
                .isEqualTo("0");
    }

    @Test
    void eachFailureInARowDoublesTheDelayUpToAMinuteAndAttemptsDuringItAreNotCounted(
            Http http, Mailbox mailbox, Database database) {
        String email = Accounts.registerAndConfirm(http, mailbox, "doubling");
        FromAddress client = FromAddress.fresh(http);
        List<String> delays = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            client.tokenRequest(email, "falsch-" + i + "-xx");
            delays.add(delay(database, email));
            if (i < 2) {
                Accounts.waitOutLoginDelay(database, email);
            }
        }
        client.tokenRequest(email, "während-der-pause");
        String failuresAfterAnAttemptDuringTheDelay = failures(database, email);

        database.update(
                "update login_delay set failures = 9, next_attempt_at = now() - interval '1 second' "
                        + "where account_id = (select id from account where email_key = ?)",
                email.toLowerCase());
        client.tokenRequest(email, "zehnter-versuch");

        assertThat(delays).containsExactly("1", "2", "4");
        assertThat(failuresAfterAnAttemptDuringTheDelay).isEqualTo("3");
        assertThat(failures(database, email)).isEqualTo("10");
        assertThat(delay(database, email)).as("at most a minute").isEqualTo("60");
    }

    @Test
    void parallelWrongGuessesAreAllCountedAndOnlyOnePerDelayIsChecked(Http http, Mailbox mailbox, Database database)
            throws Exception {
        String email = Accounts.registerAndConfirm(http, mailbox, "parallel");
        FromAddress client = FromAddress.fresh(http);
        int guesses = 10;
        ExecutorService threads = Executors.newFixedThreadPool(guesses);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<FromAddress.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            String guess = "parallel-" + i + "-falsch";
            replies.add(threads.submit(() -> {
                start.await();
                return client.tokenRequest(email, guess);
            }));
        }
        start.countDown();
        List<FromAddress.Reply> answers = new ArrayList<>();
        for (Future<FromAddress.Reply> reply : replies) {
            answers.add(reply.get(2, TimeUnit.MINUTES));
        }
        threads.shutdown();

        int checked = Integer.parseInt(audited(database, "login.failed", email));
        int notChecked = Integer.parseInt(audited(database, "login.throttled", email));
        assertThat(answers).extracting(FromAddress.Reply::status).containsOnly(401);
        assertThat(answers)
                .extracting(FromAddress.Reply::body)
                .containsOnly(answers.get(0).body());
        assertThat(checked + notChecked).as("every guess is accounted for").isEqualTo(guesses);
        assertThat(failures(database, email))
                .as("every checked guess counted, none lost")
                .isEqualTo(String.valueOf(checked));
        assertThat(checked)
                .as("guesses in parallel get no extra checks: one per delay")
                .isBetween(1, guesses - 1);
        assertThat(delay(database, email)).isEqualTo(String.valueOf(Math.min(60, 1 << (checked - 1))));
        assertThat(database.single("select failures from login_address where address = ?", client.address()))
                .isEqualTo(String.valueOf(guesses));
    }

    @Test
    void twentyFailuresFromOneAddressRefuseItForTheRestOfTheWindowWhateverTheAccount(
            Http http, Mailbox mailbox, Database database) {
        String email = Accounts.registerAndConfirm(http, mailbox, "address-limit");
        FromAddress attacker = FromAddress.fresh(http);
        FromAddress.Reply unknown = attacker.tokenRequest(Accounts.newAddress("spray"), PASSWORD);
        for (int i = 1; i < 20; i++) {
            assertThat(attacker.tokenRequest(Accounts.newAddress("spray" + i), PASSWORD)
                            .status())
                    .isEqualTo(401);
        }

        FromAddress.Reply rightFromTheRefusedAddress = attacker.tokenRequest(email, PASSWORD);
        FromAddress.Reply pageFromTheRefusedAddress = attacker.loginForm(email, PASSWORD);

        assertThat(rightFromTheRefusedAddress.status()).isEqualTo(401);
        assertThat(rightFromTheRefusedAddress.body()).isEqualTo(unknown.body());
        assertThat(pageFromTheRefusedAddress.loginMessage()).contains("stimmen nicht");
        assertThat(FromAddress.fresh(http).tokenRequest(email, PASSWORD).status())
                .as("other addresses are not affected")
                .isEqualTo(201);
        assertThat(database.single(
                        "select count(*) from audit_event where action = 'login.address-refused' and target = ?",
                        attacker.address()))
                .isEqualTo("1");
    }

    private static void longDelay(Database database, String email) {
        // the delay after one failure is a second; make sure the next attempt falls into it however slow the machine
        database.update(
                "update login_delay set next_attempt_at = now() + interval '1 minute' "
                        + "where account_id = (select id from account where email_key = ?)",
                email.toLowerCase());
    }

    private static void endDelay(Database database, String email) {
        database.update(
                "update login_delay set next_attempt_at = now() "
                        + "where account_id = (select id from account where email_key = ?)",
                email.toLowerCase());
    }

    private static String delay(Database database, String email) {
        return database.single(
                "select round(extract(epoch from d.next_attempt_at - d.last_failure_at))::int "
                        + "from login_delay d join account a on a.id = d.account_id where a.email_key = ?",
                email.toLowerCase());
    }

    private static String failures(Database database, String email) {
        return database.single(
                "select d.failures from login_delay d join account a on a.id = d.account_id where a.email_key = ?",
                email.toLowerCase());
    }

    private static String audited(Database database, String action, String email) {
        return database.single(
                "select count(*) from audit_event where action = ? and lower(target) = ?", action, email.toLowerCase());
    }

    @Test
    void crossSiteWritesWithTheSessionCookieAreRefused(Http http, Mailbox mailbox) {
        String email = Accounts.registerAndConfirm(http, mailbox, "csrf");
        String session = http.logIn(email, PASSWORD);

        Http.Answer foreign = http.json(
                "POST",
                "/api/core/me/tokens",
                "{\"name\":\"evil\",\"password\":\"" + PASSWORD + "\"}",
                "Cookie",
                session,
                "Origin",
                "https://evil.example");
        Http.Answer own = http.json(
                "POST",
                "/api/core/me/tokens",
                "{\"name\":\"mine\",\"password\":\"" + PASSWORD + "\"}",
                "Cookie",
                session,
                "Origin",
                http.baseUrl());

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
    void theSessionIdOfTheSameClientChangesAtLoginAndTheOldOneIsWorthless(Http http, Mailbox mailbox) {
        String email = Accounts.registerAndConfirm(http, mailbox, "fixation");
        Http.Answer loginPage = http.get("/login");
        String setCookie = loginPage.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("IMPULS_SESSION="))
                .findFirst()
                .orElseThrow();
        String before = Http.sessionCookie(loginPage);

        Http.Answer loggedIn =
                http.submitLogin(new Http.LoginForm(before, Http.viewState(loginPage.body())), email, PASSWORD);

        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(loggedIn.status()).isEqualTo(302);
        String after = Http.sessionCookie(loggedIn);
        assertThat(after).as("the same client's session cookie after its login").isNotEqualTo(before);
        assertThat(http.get("/konto", "Cookie", after).status()).isEqualTo(200);
        assertThat(http.get("/konto", "Cookie", before).status())
                .as("the id known before the login is worthless")
                .isEqualTo(302);
    }
}
