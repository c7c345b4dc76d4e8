package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.impuls.systemtest.directory.Applicants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox runs as the scheduled task {@code core.mail.outbox} (#15): a mail that could not go out right after its
 * commit is delivered by a scheduled run, which the task's row records; the operator sees the tasks in the admin.
 */
@ExtendWith(Portal.class)
class ScheduledTasksIT {

    private static final String OUTBOX = "core.mail.outbox";

    @Test
    void aMailTheServerRefusedAtCommitIsDeliveredByTheScheduledOutboxRun(Http http, Mailbox mailbox, Database database)
            throws InterruptedException {
        await(
                () -> database.single("select last_success_at from scheduled_task where name = ?", OUTBOX) != null,
                "a first run of the outbox task");
        assertThat(database.single("select schedule from scheduled_task where name = ?", OUTBOX))
                .isEqualTo("every PT5S");

        String email = Accounts.newAddress("scheduled-outbox");
        mailbox.stop();
        try {
            assertThat(http.json(
                                    "POST",
                                    "/api/core/accounts",
                                    "{\"email\":\"" + email + "\",\"displayName\":\"Sina\",\"password\":\""
                                            + Accounts.PASSWORD + "\"}")
                            .status())
                    .isEqualTo(202);
            await(
                    () -> {
                        String attempts =
                                database.single("select attempts from mail_outbox where recipient = ?", email);
                        return attempts != null && Integer.parseInt(attempts) > 0;
                    },
                    "the attempt right after the commit, refused");
        } finally {
            mailbox.restart();
        }
        Instant back = Instant.now();

        assertThat(mailbox.awaitMail(email, "bestätigen"))
                .as("sent by a scheduled run: nothing else commits mail now")
                .isNotNull();
        await(
                () -> "SENT".equals(database.single("select status from mail_outbox where recipient = ?", email)),
                "the mail sent");
        await(
                () -> "1"
                        .equals(database.single(
                                "select count(*) from scheduled_task where name = ? and last_success_at > ?",
                                OUTBOX,
                                java.sql.Timestamp.from(back))),
                "the outbox task's row recording a run after the server came back");
        assertThat(database.single("select attempts from scheduled_task where name = ?", OUTBOX))
                .isEqualTo("0");
        assertThat(database.single("select last_error from scheduled_task where name = ?", OUTBOX))
                .isNull();
        assertThat(database.single(
                        "select count(*) from scheduled_task where name = ? and next_run_at > last_success_at", OUTBOX))
                .as("due again after its run")
                .isEqualTo("1");
    }

    @Test
    void theOperatorSeesTheScheduledTasks(Http http) {
        String page = http.get("/admin/core/tasks.xhtml", "Cookie", http.logIn(Applicants.OPERATOR, "operator-demo"))
                .body();
        assertThat(page).contains("Geplante Aufgaben", OUTBOX, "core.backup.failure-notice", "every PT5S");
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited 30 s in vain for " + what);
    }
}
