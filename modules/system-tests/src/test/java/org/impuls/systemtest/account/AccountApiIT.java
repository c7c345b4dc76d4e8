package org.impuls.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impuls.systemtest.account.Accounts.PASSWORD;
import static org.impuls.systemtest.account.Accounts.bearer;

import jakarta.json.JsonObject;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A REST client's whole account life: register, confirm, token, me, password, reset, export, delete. */
@ExtendWith(Portal.class)
class AccountApiIT {

    @Test
    void registerConfirmAndCallAProtectedEndpointWithAToken(Http http, Mailbox mailbox) {
        String email = Accounts.registerAndConfirm(http, mailbox, "rest");
        String token = Accounts.tokenFor(http, email, PASSWORD);

        Http.Answer me = http.get("/api/core/me", "Authorization", bearer(token));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("email")).isEqualTo(email);
        assertThat(me.json().getJsonArray("roles").getString(0)).isEqualTo("CUSTOMER");
        assertThat(me.header("Set-Cookie")).as("bearer calls need no session").isEmpty();
    }

    @Test
    void unconfirmedAccountCannotGetAToken(Http http, Mailbox mailbox) {
        String email = Accounts.newAddress("unconfirmed");
        http.json(
                "POST",
                "/api/core/accounts",
                "{\"email\":\"" + email + "\",\"displayName\":\"U\",\"password\":\"" + PASSWORD + "\"}");

        Http.Answer token = http.json(
                "POST",
                "/api/core/tokens",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"x\"}");

        assertThat(token.status()).isEqualTo(401);
        assertThat(token.json().getString("detail")).contains("not_confirmed");
    }

    @Test
    void invalidRegistrationsAreRefusedNamingTheFieldAndCreateNothing(Http http, Database database) {
        Http.Answer badAddress = http.json(
                "POST",
                "/api/core/accounts",
                "{\"email\":\"no-at-sign\",\"displayName\":\"X\",\"password\":\"" + PASSWORD + "\"}");
        Http.Answer shortPassword = http.json(
                "POST",
                "/api/core/accounts",
                "{\"email\":\"short@example.org\",\"displayName\":\"X\",\"password\":\"kurz\"}");
        Http.Answer notJson = http.json("POST", "/api/core/accounts", "{\"email\":");

        assertThat(badAddress.status()).isEqualTo(400);
        assertThat(field(badAddress)).isEqualTo("email");
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(field(shortPassword)).isEqualTo("password");
        assertThat(shortPassword.json().getString("detail")).contains("at least 10");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");
        assertThat(database.single("select count(*) from account where email_key = 'short@example.org'"))
                .isEqualTo("0");
    }

    @Test
    void registeringAnExistingAddressTellsItsOwnerNotTheStranger(Http http, Mailbox mailbox) {
        String email = Accounts.registerAndConfirm(http, mailbox, "owner");

        Http.Answer again = http.json(
                "POST",
                "/api/core/accounts",
                "{\"email\":\"" + email.toUpperCase()
                        + "\",\"displayName\":\"Fremd\",\"password\":\"anderes-passwort\"}");

        assertThat(again.status()).isEqualTo(202);
        assertThat(mailbox.awaitMail(email, "Jemand wollte sich")).isNotNull();
    }

    @Test
    void passwordChangeAndResetByMail(Http http, Mailbox mailbox, Database database) {
        String email = Accounts.registerAndConfirm(http, mailbox, "reset");
        String token = Accounts.tokenFor(http, email, PASSWORD);

        Http.Answer wrongCurrent = http.json(
                "PUT",
                "/api/core/me/password",
                "{\"currentPassword\":\"falsch-falsch\",\"newPassword\":\"neues-passwort-2\"}",
                "Authorization",
                bearer(token));
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(field(wrongCurrent)).isEqualTo("currentPassword");
        assertThat(http.json(
                                "PUT",
                                "/api/core/me/password",
                                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"neues-passwort-2\"}",
                                "Authorization",
                                bearer(token))
                        .status())
                .isEqualTo(204);

        assertThat(http.json("POST", "/api/core/password-resets", "{\"email\":\"" + email + "\"}")
                        .status())
                .isEqualTo(202);
        String link = Mailbox.linkIn(mailbox.awaitMail(email, "Zurücksetzen"));
        String secret = link.substring(link.indexOf("token=") + 6);
        assertThat(http.json(
                                "POST",
                                "/api/core/password-resets/completion",
                                "{\"token\":\"" + secret + "\",\"password\":\"drittes-passwort-3\"}")
                        .status())
                .isEqualTo(204);
        Http.Answer reused = http.json(
                "POST",
                "/api/core/password-resets/completion",
                "{\"token\":\"" + secret + "\",\"password\":\"viertes-passwort-4\"}");
        assertThat(reused.status()).as("a reset link works once").isEqualTo(400);

        assertThat(http.json(
                                "POST",
                                "/api/core/tokens",
                                "{\"email\":\"" + email + "\",\"password\":\"neues-passwort-2\",\"name\":\"x\"}")
                        .status())
                .isEqualTo(401);
        Accounts.waitOutLoginDelay(database, email); // a failed login delays the next attempt by a second
        Accounts.tokenFor(http, email, "drittes-passwort-3");
    }

    @Test
    void resetRequestForAnUnknownAddressLooksTheSameAndSendsNothing(Http http, Mailbox mailbox, Database database) {
        String known = Accounts.registerAndConfirm(http, mailbox, "marker");
        String nobody = Accounts.newAddress("nobody");

        Http.Answer answer = http.json("POST", "/api/core/password-resets", "{\"email\":\"" + nobody + "\"}");
        Http.Answer knownAnswer = http.json("POST", "/api/core/password-resets", "{\"email\":\"" + known + "\"}");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.body()).isEqualTo(knownAnswer.body());
        // the outbox sends in order: once the mail asked for afterwards has arrived, one for the unknown address would
        // have too
        assertThat(mailbox.awaitMail(known, "Zurücksetzen")).isNotNull();
        assertThat(database.single("select count(*) from mail_outbox where recipient = ?", nobody))
                .isEqualTo("0");
        assertThat(mailbox.hasMail(nobody, "")).isFalse();
    }

    @Test
    void revokedTokenNoLongerWorks(Http http, Mailbox mailbox) {
        String email = Accounts.registerAndConfirm(http, mailbox, "revoke");
        String token = Accounts.tokenFor(http, email, PASSWORD);
        long id = http.get("/api/core/me/tokens", "Authorization", bearer(token))
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        assertThat(http.json("DELETE", "/api/core/me/tokens/" + id, null, "Authorization", bearer(token))
                        .status())
                .isEqualTo(204);

        Http.Answer after = http.get("/api/core/me", "Authorization", bearer(token));
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void exportHoldsTheAccountAndDeletionErasesIt(Http http, Mailbox mailbox, Database database) {
        String email = Accounts.registerAndConfirm(http, mailbox, "gdpr");
        String token = Accounts.tokenFor(http, email, PASSWORD);

        Http.Answer export = http.get("/api/core/me/export", "Authorization", bearer(token));
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("attachment");
        JsonObject data = export.json();
        assertThat(data.getJsonObject("account").getString("email")).isEqualTo(email);
        assertThat(data.getJsonArray("apiTokens")).hasSize(1);
        assertThat(data.getJsonArray("securityEvents").toString()).contains("account.registered");

        Http.Answer wrongPassword = http.json(
                "POST", "/api/core/me/deletion", "{\"password\":\"falsch-falsch\"}", "Authorization", bearer(token));
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(http.json(
                                "POST",
                                "/api/core/me/deletion",
                                "{\"password\":\"" + PASSWORD + "\"}",
                                "Authorization",
                                bearer(token))
                        .status())
                .isEqualTo(204);

        assertThat(http.get("/api/core/me", "Authorization", bearer(token)).status())
                .isEqualTo(401);
        assertThat(database.single("select count(*) from account where email_key = ?", email.toLowerCase()))
                .isEqualTo("0");
        assertThat(database.single("select status from account where display_name = '—' and email like 'deleted-%' "
                        + "and id = (select max(id) from account where status = 'DELETED')"))
                .isEqualTo("DELETED");
        assertThat(http.json(
                                "POST",
                                "/api/core/tokens",
                                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"x\"}")
                        .status())
                .isEqualTo(401);
    }

    private static String field(Http.Answer answer) {
        return answer.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
