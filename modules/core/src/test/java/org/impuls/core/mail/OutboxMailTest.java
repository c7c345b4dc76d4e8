package org.impuls.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);

    @Test
    void pausesDoubleAfterEachFailureUpToAnHour() {
        OutboxMail mail = new OutboxMail("a@example.org", "Betreff", "Text", NOW);

        mail.failed("connection refused", NOW, FIRST_PAUSE);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        mail.failed("connection refused", NOW, FIRST_PAUSE);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        for (int i = 0; i < 10; i++) {
            mail.failed("connection refused", NOW, FIRST_PAUSE);
        }
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.getLastError()).isEqualTo("connection refused");
    }

    @Test
    void givesUpAfterTwentyAttemptsAndSaysSo() {
        OutboxMail mail = new OutboxMail("a@example.org", "Betreff", "Text", NOW);
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            mail.failed("mailbox unavailable", NOW, FIRST_PAUSE);
        }

        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(20);
    }

    @Test
    void sentMailForgetsItsLastError() {
        OutboxMail mail = new OutboxMail("a@example.org", "Betreff", "Text", NOW);
        mail.failed("timeout", NOW, FIRST_PAUSE);

        mail.sent(NOW.plusSeconds(40));

        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(mail.getSentAt()).isEqualTo(NOW.plusSeconds(40));
        assertThat(mail.getLastError()).isNull();
    }

    @Test
    void templatesFillEveryPlaceholder() {
        String filled = MailTemplates.fill("Hallo {name},\n{link}\n{name}", Map.of("name", "Anna", "link", "https://x/y?token=1"));

        assertThat(filled).isEqualTo("Hallo Anna,\nhttps://x/y?token=1\nAnna");
    }
}
