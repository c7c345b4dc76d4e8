package org.impuls.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Mail is never lost: while the SMTP server is down it waits in the outbox and goes out once it is back. */
@ExtendWith(Portal.class)
class MailOutboxIT {

    @Test
    void mailWaitsWhileTheServerIsDownAndIsDeliveredWhenItReturns(Http http, Mailbox mailbox, Database database)
            throws InterruptedException {
        String email = Accounts.newAddress("outbox");
        mailbox.stop();
        try {
            Http.Answer registered = http.json("POST", "/api/core/accounts",
                    "{\"email\":\"" + email + "\",\"displayName\":\"Otto\",\"password\":\"" + Accounts.PASSWORD + "\"}");
            assertThat(registered.status()).as("registration does not depend on the mail server").isEqualTo(202);

            waitForFailedAttempt(database, email);
            assertThat(database.single("select status from mail_outbox where recipient = ?", email)).isEqualTo("PENDING");
        } finally {
            mailbox.restart();
        }

        assertThat(mailbox.awaitMail(email, "bestätigen")).isNotNull();
        assertThat(database.single("select status from mail_outbox where recipient = ?", email)).isEqualTo("SENT");
    }

    private static void waitForFailedAttempt(Database database, String email) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String attempts = database.single("select attempts from mail_outbox where recipient = ?", email);
            if (attempts != null && Integer.parseInt(attempts) > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the outbox never tried to send the mail");
    }
}
