package org.impuls.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;

/** Test accounts made the way users make them: register by REST, confirm by the mailed link. */
public final class Accounts {

    public static final String PASSWORD = "gutes-passwort-1";

    private Accounts() {
    }

    /** A fresh address that no other test uses. */
    public static String newAddress(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    public static String registerAndConfirm(Http http, Mailbox mailbox, String who) {
        String email = newAddress(who);
        Http.Answer registered = http.json("POST", "/api/core/accounts",
                "{\"email\":\"" + email + "\",\"displayName\":\"" + who + "\",\"password\":\"" + PASSWORD + "\",\"language\":\"de\"}");
        assertThat(registered.status()).isEqualTo(202);
        MimeMessage mail = mailbox.awaitMail(email, "bestätigen");
        String link = Mailbox.linkIn(mail);
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(http.json("POST", "/api/core/accounts/confirmation", "{\"token\":\"" + token + "\"}").status()).isEqualTo(204);
        return email;
    }

    /** A personal API token for the account, made from its credentials. */
    public static String tokenFor(Http http, String email, String password) {
        Http.Answer created = http.json("POST", "/api/core/tokens",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"test\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("token");
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
