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
        String email = Accounts.registerAndConfirm(http, mailbox, "reset-ends");
        String laptop = http.logIn(email, PASSWORD);
        String phone = http.logIn(email, PASSWORD);
        String token = Accounts.tokenFor(http, email, PASSWORD);
        assertThat(http.get("/konto", "Cookie", laptop).status()).isEqualTo(200);
        assertThat(http.get("/api/core/me", "Authorization", bearer(token)).status()).isEqualTo(200);

        assertThat(http.json("POST", "/api/core/password-resets", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        String secret = Accounts.secretInMail(mailbox, email, "Zurücksetzen");
        assertThat(http.json("POST", "/api/core/password-resets/completion",
                "{\"token\":\"" + secret + "\",\"password\":\"nach-dem-reset-1\"}").status()).isEqualTo(204);

        assertThat(http.get("/konto", "Cookie", laptop).status()).as("sent to the login").isEqualTo(302);
        assertThat(http.get("/konto", "Cookie", phone).status()).as("sent to the login").isEqualTo(302);
        assertThat(http.get("/api/core/me", "Authorization", bearer(token)).status()).isEqualTo(401);
        assertThat(http.get("/konto", "Cookie", http.logIn(email, "nach-dem-reset-1")).status()).isEqualTo(200);
    }

    @Test
    void aPasswordChangeKeepsTheSessionThatMadeItAndEndsTheOthers(Http http, Mailbox mailbox) {
        String email = Accounts.registerAndConfirm(http, mailbox, "change-ends");
        String changing = http.logIn(email, PASSWORD);
        String other = http.logIn(email, PASSWORD);
        String token = Accounts.tokenFor(http, email, PASSWORD);

        Http.Answer changed = http.json("PUT", "/api/core/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"nach-der-aenderung\"}",
                "Cookie", changing, "Origin", http.baseUrl());

        assertThat(changed.status()).isEqualTo(204);
        assertThat(http.get("/konto", "Cookie", changing).status()).as("the changing session stays").isEqualTo(200);
        assertThat(http.get("/konto", "Cookie", other).status()).as("sent to the login").isEqualTo(302);
        assertThat(http.get("/api/core/me", "Authorization", bearer(token)).status()).isEqualTo(401);
    }
}
