package org.impuls.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impuls.systemtest.account.Accounts.PASSWORD;
import static org.impuls.systemtest.account.Accounts.bearer;

import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A new password, by reset or by change, ends the account's other sessions and revokes its API tokens. */
@ExtendWith(Portal.class)
class CredentialChangeIT {

    @Test
    void aPasswordResetEndsEverySessionAndRevokesEveryToken(Http http, Mailbox mailbox) {
        InTwoPlaces account = InTwoPlaces.make(http, mailbox, "reset-ends");
        String email = account.email();
        assertThat(http.get("/konto", "Cookie", account.first()).status()).isEqualTo(200);
        assertThat(http.get("/api/core/me", "Authorization", bearer(account.token()))
                        .status())
                .isEqualTo(200);

        assertThat(http.json("POST", "/api/core/password-resets", "{\"email\":\"" + email + "\"}")
                        .status())
                .isEqualTo(202);
        String secret = Accounts.secretInMail(mailbox, email, "Zurücksetzen");
        assertThat(http.json(
                                "POST",
                                "/api/core/password-resets/completion",
                                "{\"token\":\"" + secret + "\",\"password\":\"nach-dem-reset-1\"}")
                        .status())
                .isEqualTo(204);

        assertThat(http.get("/konto", "Cookie", account.first()).status())
                .as("sent to the login")
                .isEqualTo(302);
        assertThat(http.get("/konto", "Cookie", account.second()).status())
                .as("sent to the login")
                .isEqualTo(302);
        assertThat(http.get("/api/core/me", "Authorization", bearer(account.token()))
                        .status())
                .isEqualTo(401);
        assertThat(http.get("/konto", "Cookie", http.logIn(email, "nach-dem-reset-1"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aPasswordChangeKeepsTheSessionThatMadeItAndEndsTheOthers(Http http, Mailbox mailbox) {
        InTwoPlaces account = InTwoPlaces.make(http, mailbox, "change-ends");
        String changing = account.first();

        Http.Answer changed = http.json(
                "PUT",
                "/api/core/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"nach-der-aenderung\"}",
                "Cookie",
                changing,
                "Origin",
                http.baseUrl());

        assertThat(changed.status()).isEqualTo(204);
        assertThat(http.get("/konto", "Cookie", changing).status())
                .as("the changing session stays")
                .isEqualTo(200);
        assertThat(http.get("/konto", "Cookie", account.second()).status())
                .as("sent to the login")
                .isEqualTo(302);
        assertThat(http.get("/api/core/me", "Authorization", bearer(account.token()))
                        .status())
                .isEqualTo(401);
    }

    /** An account logged in in two browsers (session cookies) and holding an API token. */
    private record InTwoPlaces(String email, String first, String second, String token) {
        static InTwoPlaces make(Http http, Mailbox mailbox, String who) {
            String email = Accounts.registerAndConfirm(http, mailbox, who);
            return new InTwoPlaces(
                    email,
                    http.logIn(email, PASSWORD),
                    http.logIn(email, PASSWORD),
                    Accounts.tokenFor(http, email, PASSWORD));
        }
    }
}
