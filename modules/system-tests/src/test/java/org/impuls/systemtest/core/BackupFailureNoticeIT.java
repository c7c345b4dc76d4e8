package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.directory.Applicants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A failed scheduled backup (#23), as the launcher leaves it (a FAILED file with the time and the reason), reaches
 * the operator as one mail with the reason and the link to the backups page; later rounds and failures older than
 * seven days mail nothing.
 */
@ExtendWith(Portal.class)
class BackupFailureNoticeIT {

    private static final DateTimeFormatter FOLDER =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

    private final List<Path> made = new ArrayList<>();

    @AfterEach
    void cleanUp() throws IOException {
        for (Path folder : made) {
            Files.deleteIfExists(folder.resolve("FAILED"));
            Files.deleteIfExists(folder);
        }
    }

    @Test
    void theOperatorIsMailedOncePerRecentFailedBackup(Mailbox mailbox) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String recent = failed(now.minus(Duration.ofHours(1)), "The disk is full (backup-notice-it).");
        String old = failed(now.minus(Duration.ofDays(8)), "An old failure.");

        MimeMessage mail = mailbox.awaitMail(Applicants.OPERATOR, recent);
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "");
        assertThat(body).contains("The disk is full (backup-notice-it).");
        assertThat(Mailbox.linkIn(mail)).endsWith("/admin/core/backups.xhtml");

        Thread.sleep(4_000); // several rounds of the check (every second in the tests) and of the outbox
        assertThat(mailbox.count(Applicants.OPERATOR, recent))
                .as("one mail per failed backup")
                .isEqualTo(1);
        assertThat(mailbox.hasMail(Applicants.OPERATOR, old))
                .as("older than seven days")
                .isFalse();
    }

    /** A backup folder as {@code Backup} leaves it on failure: {@code FAILED} holding the time and the reason. */
    private String failed(Instant at, String reason) throws IOException {
        String name = FOLDER.format(at);
        Path folder = Files.createDirectories(
                Path.of(System.getProperty("impuls.backup.dir")).resolve(name)); // the launcher set it
        made.add(folder);
        Files.writeString(folder.resolve("FAILED"), at.plusSeconds(3) + " " + reason + "\n");
        return name;
    }
}
