package org.impuls.launcher;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When the scheduled backup runs: IMPULS_BACKUP_AT ({@code 03:00}, or {@code off}), daily in Europe/Berlin, by
 * default at 03:00. With an external database it backs up the media only (the database has better backups of its own).
 * IMPULS_BACKUP_KEEP backups are kept (default 14) in IMPULS_BACKUP_DIR (default {@code <data dir>/backups}).
 */
record BackupSchedule(Optional<LocalTime> at, int keep) {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalTime DEFAULT_TIME = LocalTime.of(3, 0);
    static final int DEFAULT_KEEP = 14;

    static BackupSchedule of(Optional<String> at, Optional<String> keep) {
        Optional<LocalTime> time = at.isPresent() ? parseTime(at.get()) : Optional.of(DEFAULT_TIME);
        return new BackupSchedule(time, keep.map(BackupSchedule::parseKeep).orElse(DEFAULT_KEEP));
    }

    static BackupSchedule fromEnvironment() {
        return of(Settings.read("impuls.backup.at"), Settings.read("impuls.backup.keep"));
    }

    static Optional<LocalTime> parseTime(String value) {
        if (value.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(value.length() == 4 ? "0" + value : value));
        } catch (DateTimeParseException e) {
            throw new InvalidSettingException(
                    "IMPULS_BACKUP_AT must be a time of day such as 03:00, or off, was " + value);
        }
    }

    private static int parseKeep(String value) {
        try {
            int keep = Integer.parseInt(value);
            if (keep >= 1) {
                return keep;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidSettingException("IMPULS_BACKUP_KEEP must be a number of backups of at least 1, was " + value);
    }

    /** The first time after {@code now} the clock in Berlin shows {@code at} (on a spring-forward night, the hour after). */
    static ZonedDateTime next(ZonedDateTime now, LocalTime at) {
        ZonedDateTime berlin = now.withZoneSameInstant(ZONE);
        ZonedDateTime today = berlin.toLocalDate().atTime(at).atZone(ZONE);
        return today.isAfter(berlin)
                ? today
                : berlin.toLocalDate().plusDays(1).atTime(at).atZone(ZONE);
    }
}
