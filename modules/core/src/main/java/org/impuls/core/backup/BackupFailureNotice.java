package org.impuls.core.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impuls.core.api.schedule.Schedule;
import org.impuls.core.api.schedule.ScheduledTask;

/**
 * Looks every few minutes (impuls.backup.notice-seconds), as the scheduled task {@value #NAME}, for failed backups and
 * has the operators told about each ({@link BackupFailureMails}, a transaction per report); the launcher that failed
 * can only write a log line and the FAILED file.
 */
@ApplicationScoped
public class BackupFailureNotice implements ScheduledTask {

    static final String NAME = "core.backup.failure-notice";

    private static final System.Logger LOG = System.getLogger(BackupFailureNotice.class.getName());

    /** Older failures are not mailed: no flood about long-known ones after an upgrade or a restored data folder. */
    static final Duration RECENT = Duration.ofDays(7);

    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'");

    @Inject
    BackupFolder folder;

    @Inject
    BackupFailureMails mails;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "impuls.backup.notice-seconds", defaultValue = "300")
    long seconds;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofSeconds(seconds));
    }

    /** A failure is the scheduler's to log and retry; reports already made are not repeated (see the mails). */
    @Override
    public void run() {
        for (BackupEntry failed : toReport(folder.newestFirst(), clock.instant())) {
            if (mails.report(failed)) {
                LOG.log(Level.INFO, "the operators were told that backup {0} failed", failed.name());
            }
        }
    }

    /** The failed backups of the last {@link #RECENT} days; whether they were reported already the database knows. */
    static List<BackupEntry> toReport(List<BackupEntry> backups, Instant now) {
        return backups.stream()
                .filter(backup -> "FAILED".equals(backup.state()))
                .filter(backup -> madeAt(backup.name()).isAfter(now.minus(RECENT)))
                .toList();
    }

    private static Instant madeAt(String name) {
        try {
            return LocalDateTime.parse(name, FOLDER).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
