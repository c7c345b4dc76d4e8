package org.impuls.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The daily backup inside a running portal, with its retention; a failure is one log line and a FAILED file. */
final class ScheduledBackups implements AutoCloseable {

    private final Settings settings;
    private final Path folder;
    private final LocalTime at;
    private final int keep;
    private final OptionalInt databasePort;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "impuls-backup");
        thread.setDaemon(true);
        return thread;
    });

    private ScheduledBackups(Settings settings, Path folder, LocalTime at, int keep, OptionalInt databasePort) {
        this.settings = settings;
        this.folder = folder;
        this.at = at;
        this.keep = keep;
        this.databasePort = databasePort;
    }

    /** Starts the schedule, unless it is off; {@code databasePort} is the embedded PostgreSQL's, if there is one. */
    static Optional<ScheduledBackups> start(Settings settings, BackupSchedule schedule, OptionalInt databasePort) {
        if (schedule.at().isEmpty()) {
            Launcher.log("scheduled backups are off (IMPULS_BACKUP_AT=off)");
            return Optional.empty();
        }
        Path folder = folder(settings);
        ScheduledBackups backups =
                new ScheduledBackups(settings, folder, schedule.at().get(), schedule.keep(), databasePort);
        backups.scheduleNext();
        Launcher.log(
                "backups daily at %s (Europe/Berlin) into %s, the newest %d kept%s",
                schedule.at().get(),
                folder,
                schedule.keep(),
                databasePort.isEmpty() ? ", media only (external database: use its own backups)" : "");
        return Optional.of(backups);
    }

    static Path folder(Settings settings) {
        return Settings.read("impuls.backup.dir")
                .map(Path::of)
                .orElse(settings.dataDir().resolve("backups"))
                .toAbsolutePath();
    }

    private void scheduleNext() {
        ZonedDateTime now = ZonedDateTime.now(BackupSchedule.ZONE);
        long delay = Duration.between(now, BackupSchedule.next(now, at)).toMillis();
        timer.schedule(this::runAndReschedule, delay, TimeUnit.MILLISECONDS);
    }

    private void runAndReschedule() {
        try {
            runOnce();
        } finally {
            scheduleNext();
        }
    }

    void runOnce() {
        Path target = Backup.newFolder(folder, Instant.now());
        long begin = System.nanoTime();
        try {
            Manifest made = Backup.make(settings, target, databasePort);
            Launcher.log(
                    "scheduled backup written to %s (%d MB) in %d ms",
                    target, made.totalSize() / (1024 * 1024), (System.nanoTime() - begin) / 1_000_000);
            for (Path old : Retention.outdated(folder, keep)) {
                Folders.delete(old);
            }
        } catch (Exception failure) {
            FailedStart.writeTrace(failure, FailedStart.logs(settings.dataDir()), "the scheduled backup failed");
            Launcher.log(
                    "scheduled backup FAILED: %s (recorded in %s)",
                    FailedStart.explain(failure, target), target.resolve(Backup.FAILED));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
