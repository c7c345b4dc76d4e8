package org.impuls.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.directory.Applicants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail is never lost: while the SMTP server is down it waits in the outbox and goes out once it is back; a mail given
 * up on after its attempts is listed for operators, who send it again.
 */
@ExtendWith(Portal.class)
class MailOutboxIT {

    @Test
    void mailWaitsWhileTheServerIsDownAndIsDeliveredWhenItReturns(Http http, Mailbox mailbox, Database database)
            throws InterruptedException {
        String email = Accounts.newAddress("outbox");
        mailbox.stop();
        try {
            Http.Answer registered = http.json(
                    "POST",
                    "/api/core/accounts",
                    "{\"email\":\"" + email + "\",\"displayName\":\"Otto\",\"password\":\"" + Accounts.PASSWORD
                            + "\"}");
            assertThat(registered.status())
                    .as("registration does not depend on the mail server")
                    .isEqualTo(202);

            waitForFailedAttempt(database, email);
            assertThat(database.single("select status from mail_outbox where recipient = ?", email))
                    .as("waiting, or in its next attempt")
                    .isIn("PENDING", "SENDING");
        } finally {
            mailbox.restart();
        }

        assertThat(mailbox.awaitMail(email, "bestätigen")).isNotNull();
        assertThat(database.single("select status from mail_outbox where recipient = ?", email))
                .isEqualTo("SENT");
    }

    @Test
    void aMailThatFinallyFailedIsListedForOperatorsAndDeliveredAfterTheirRetry(
            Http http, Mailbox mailbox, Database database) throws InterruptedException {
        String operator = Applicants.operator(http);
        String customer = Accounts.bearer(Accounts.tokenFor(
                http, Accounts.registerAndConfirm(http, mailbox, "outbox-customer"), Accounts.PASSWORD));
        String email = Accounts.newAddress("outbox-failed");
        long id;
        mailbox.stop();
        try {
            assertThat(http.json(
                                    "POST",
                                    "/api/core/accounts",
                                    "{\"email\":\"" + email + "\",\"displayName\":\"Frieda\",\"password\":\""
                                            + Accounts.PASSWORD + "\"}")
                            .status())
                    .isEqualTo(202);
            waitForFailedAttempt(database, email);
            // the attempts before the last are history: the next one, due now, is the twentieth
            await(
                    () -> database.update(
                                    "update mail_outbox set attempts = 19, next_attempt_at = now() "
                                            + "where recipient = ? and status = 'PENDING'",
                                    email)
                            == 1,
                    "the mail waiting for its next attempt");
            await(
                    () -> "FAILED".equals(database.single("select status from mail_outbox where recipient = ?", email)),
                    "the mail given up on");

            JsonObject listed = http
                    .get("/api/core/outbox/failed?size=100", "Authorization", operator)
                    .json()
                    .getJsonArray("items")
                    .stream()
                    .map(JsonValue::asJsonObject)
                    .filter(m -> m.getString("recipient").equals(email))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the failed mail is not listed"));
            assertThat(listed.getInt("attempts")).isEqualTo(20);
            assertThat(listed.getString("lastError")).isNotBlank();
            assertThat(listed.containsKey("body"))
                    .as("its text may hold a one-time link")
                    .isFalse();
            id = listed.getJsonNumber("id").longValue();
            assertThat(http.get("/admin/core/mail.xhtml", "Cookie", http.logIn(Applicants.OPERATOR, "operator-demo"))
                            .body())
                    .as("the admin page lists it")
                    .contains(email);

            assertThat(http.get("/api/core/outbox/failed", "Authorization", customer)
                            .status())
                    .isEqualTo(403);
            assertThat(http.json("POST", "/api/core/outbox/" + id + "/retry", null, "Authorization", customer)
                            .status())
                    .isEqualTo(403);
            assertThat(database.single("select status from mail_outbox where id = ?", id))
                    .as("a refused retry changes nothing")
                    .isEqualTo("FAILED");
        } finally {
            mailbox.restart();
        }

        Http.Answer retried = http.json("POST", "/api/core/outbox/" + id + "/retry", null, "Authorization", operator);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(mailbox.awaitMail(email, "bestätigen")).isNotNull();
        assertThat(database.single("select status from mail_outbox where id = ?", id))
                .isEqualTo("SENT");
        assertThat(http.json("POST", "/api/core/outbox/" + id + "/retry", null, "Authorization", operator)
                        .status())
                .as("a sent mail is no failed one")
                .isEqualTo(404);
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited 30 s in vain for " + what);
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
