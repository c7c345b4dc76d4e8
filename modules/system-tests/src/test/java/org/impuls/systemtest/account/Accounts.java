package org.impuls.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;

/** Test accounts made the way users make them: register by REST, confirm by the mailed link. */
public final class Accounts {

    public static final String PASSWORD = "gutes-passwort-1";

    private Accounts() {}

    /** A fresh address that no other test uses. */
    public static String newAddress(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    public static String registerAndConfirm(Http http, Mailbox mailbox, String who) {
        String email = newAddress(who);
        Http.Answer registered = http.json(
                "POST",
                "/api/core/accounts",
                "{\"email\":\"" + email + "\",\"displayName\":\"" + who + "\",\"password\":\"" + PASSWORD
                        + "\",\"language\":\"de\"}");
        assertThat(registered.status()).isEqualTo(202);
        String token = secretInMail(mailbox, email, "bestätigen");
        assertThat(http.json("POST", "/api/core/accounts/confirmation", "{\"token\":\"" + token + "\"}")
                        .status())
                .isEqualTo(204);
        return email;
    }

    /** The secret of the link in the newest mail to the address about the subject. */
    public static String secretInMail(Mailbox mailbox, String email, String subjectPart) {
        String link = Mailbox.linkIn(mailbox.awaitMail(email, subjectPart));
        return link.substring(link.indexOf("token=") + 6);
    }

    /** A personal API token for the account, made from its credentials. */
    public static String tokenFor(Http http, String email, String password) {
        Http.Answer created = http.json(
                "POST",
                "/api/core/tokens",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"test\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("token");
    }

    /** Waits until the account's login delay after a failed login is over, as a person would before trying again. */
    public static void waitOutLoginDelay(Database database, String email) {
        String left = database.single(
                "select ceil(greatest(0, extract(epoch from d.next_attempt_at - now())) * 1000) "
                        + "from login_delay d join account a on a.id = d.account_id where a.email_key = ?",
                email.toLowerCase());
        if (left != null) {
            try {
                Thread.sleep((long) Double.parseDouble(left) + 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
