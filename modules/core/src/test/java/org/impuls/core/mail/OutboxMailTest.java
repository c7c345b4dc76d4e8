package org.impuls.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A mail's way through the outbox: claimed under a lease, sent or retried after growing pauses, given up, retried by an operator. */
class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    private static final Duration LEASE = OutboxClaims.LEASE;

    private final OutboxMail mail = new OutboxMail("a@example.org", "core/confirm", "de", "{}", List.of(), NOW);

    /** One attempt when it is due: claimed, refused by the server; answers when it was made. */
    private Instant attemptFails(String error) {
        Instant at = mail.getNextAttemptAt();
        assertThat(mail.claim("t", at, LEASE)).isTrue();
        mail.failed("t", error, at, FIRST_PAUSE);
        return at;
    }

    @Test
    void pausesDoubleAfterEachFailureUpToAnHour() {
        Instant first = attemptFails("connection refused");
        assertThat(mail.getNextAttemptAt()).isEqualTo(first.plusSeconds(30));
        Instant second = attemptFails("connection refused");
        assertThat(mail.getNextAttemptAt()).isEqualTo(second.plusSeconds(60));
        Instant last = null;
        for (int i = 0; i < 10; i++) {
            last = attemptFails("connection refused");
        }
        assertThat(mail.getNextAttemptAt()).isEqualTo(last.plus(Duration.ofHours(1)));
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.getLastError()).isEqualTo("connection refused");
    }

    @Test
    void givesUpAfterTwentyAttemptsAndSaysSo() {
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            attemptFails("mailbox unavailable");
        }

        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(20);
        assertThat(mail.claimable(NOW.plus(Duration.ofDays(1))))
                .as("never again by itself")
                .isFalse();
    }

    @Test
    void sentMailForgetsItsLastError() {
        attemptFails("timeout");
        assertThat(mail.claim("u", NOW.plusSeconds(40), LEASE)).isTrue();

        mail.sent("u", NOW.plusSeconds(40));

        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(mail.getSentAt()).isEqualTo(NOW.plusSeconds(40));
        assertThat(mail.getLastError()).isNull();
        assertThat(mail.claimable(NOW.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void aClaimedMailIsNotClaimedAgainWhileItsLeaseHolds() {
        assertThat(mail.claimable(NOW.minusSeconds(1))).as("not yet due").isFalse();
        assertThat(mail.claim("node-a", NOW, LEASE)).isTrue();

        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.SENDING);
        assertThat(mail.getClaimedUntil()).isEqualTo(NOW.plus(LEASE));
        assertThat(mail.claim("node-b", NOW.plus(LEASE).minusSeconds(1), LEASE))
                .as("node A is still sending")
                .isFalse();
        assertThat(mail.claimedBy("node-a")).isTrue();
    }

    @Test
    void aMailWhoseLeaseRanOutIsTriedAgainAndTheOldHolderCannotReportAnyMore() {
        mail.claim("node-a", NOW, LEASE); // node A dies while sending

        Instant later = NOW.plus(LEASE).plusSeconds(1);
        assertThat(mail.claim("node-b", later, LEASE))
                .as("taken over once the lease ran out")
                .isTrue();
        assertThat(mail.getAttempts()).as("the lost attempt counts").isEqualTo(1);
        assertThat(mail.claimedBy("node-a")).isFalse();
        assertThatThrownBy(() -> mail.sent("node-a", later))
                .as("A reports late")
                .isInstanceOf(IllegalStateException.class);

        mail.sent("node-b", later);
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(mail.getClaimedUntil()).isNull();
    }

    @Test
    void leasesThatRunOutAgainAndAgainGiveTheMailUp() {
        Instant at = NOW;
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            assertThat(mail.claim("node-" + i, at, LEASE)).isTrue();
            at = at.plus(LEASE).plusSeconds(1);
        }

        assertThat(mail.claim("node-last", at, LEASE))
                .as("the twentieth attempt was lost too")
                .isFalse();
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(OutboxMail.MAX_ATTEMPTS);
        assertThat(mail.getLastError()).contains("lease ran out");
    }

    @Test
    void anOperatorRetriesAFailedMailWithAFreshCountOfAttempts() {
        assertThatThrownBy(() -> mail.retry(NOW)).as("only a failed mail").isInstanceOf(IllegalStateException.class);
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            attemptFails("user unknown");
        }
        Instant later = NOW.plus(Duration.ofDays(2));

        mail.retry(later);

        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.claimable(later)).isTrue();
    }

    @Test
    void aMailWhoseTemplateCannotBeRenderedIsGivenUpOnAtOnceWithTheReason() {
        assertThat(mail.claim("t", NOW, LEASE)).isTrue();

        mail.unrenderable("t", "no template mail/core/confirm_de.html");

        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.FAILED);
        assertThat(mail.getLastError()).contains("core/confirm").contains("confirm_de.html");
        assertThat(mail.claimable(NOW.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void aRenderedMailKeepsItsTextForEveryLaterAttempt() {
        assertThat(mail.rendered()).isFalse();
        mail.rendered("Betreff", "Text", "<p>Text</p>");
        attemptFails("connection refused");

        assertThat(mail.rendered()).isTrue();
        assertThat(mail.getSubject()).isEqualTo("Betreff");
        assertThat(mail.getBodyHtml()).isEqualTo("<p>Text</p>");
    }
}
