package org.impuls.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackupFailureNoticeTest {

    @Test
    void reportsOnlyFailedBackupsOfTheLastSevenDays() {
        BackupEntry recent = new BackupEntry("2026-12-01T02-00-00Z", "FAILED", 0, "", Optional.of("disk full"));
        BackupEntry sixDays = new BackupEntry("2026-11-25T10-00-00Z", "FAILED", 0, "", Optional.of("disk full"));
        BackupEntry old = new BackupEntry("2026-11-24T08-00-00Z", "FAILED", 0, "", Optional.of("disk full"));
        BackupEntry complete = new BackupEntry("2026-11-30T02-00-00Z", "COMPLETE", 50, "0.1.0", Optional.empty());
        BackupEntry running = new BackupEntry("2026-12-01T09-00-00Z", "INCOMPLETE", 0, "", Optional.empty());

        assertThat(BackupFailureNotice.toReport(
                        List.of(running, recent, complete, sixDays, old), Instant.parse("2026-12-01T09:00:00Z")))
                .containsExactly(recent, sixDays);
    }
}
