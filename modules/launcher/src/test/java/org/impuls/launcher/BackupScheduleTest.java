package org.impuls.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackupScheduleTest {

    private static final LocalTime THREE = LocalTime.of(3, 0);

    @Test
    void dailyAtThreeUnlessSaidOtherwise() {
        assertThat(BackupSchedule.of(Optional.empty(), Optional.empty()))
                .isEqualTo(new BackupSchedule(Optional.of(THREE), 14));
        assertThat(BackupSchedule.of(Optional.of("22:30"), Optional.of("30")))
                .isEqualTo(new BackupSchedule(Optional.of(LocalTime.of(22, 30)), 30));
        assertThat(BackupSchedule.of(Optional.of("OFF"), Optional.empty()).at()).isEmpty();
        assertThat(BackupSchedule.parseTime("3:15")).contains(LocalTime.of(3, 15));
    }

    @Test
    void refusesWhatIsNoTimeOrCount() {
        assertThatThrownBy(() -> BackupSchedule.parseTime("3 Uhr"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("IMPULS_BACKUP_AT must be a time of day such as 03:00, or off, was 3 Uhr");
        assertThatThrownBy(() -> BackupSchedule.of(Optional.empty(), Optional.of("0")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("IMPULS_BACKUP_KEEP");
    }

    @Test
    void nextRunIsTheNextThreeOClockInBerlin() {
        assertThat(BackupSchedule.next(ZonedDateTime.parse("2026-12-01T02:30:00Z"), THREE)) // 03:30 in Berlin
                .isEqualTo(ZonedDateTime.parse("2026-12-02T03:00+01:00[Europe/Berlin]"));
        assertThat(BackupSchedule.next(ZonedDateTime.parse("2026-12-01T01:00:00Z"), THREE)) // 02:00 in Berlin
                .isEqualTo(ZonedDateTime.parse("2026-12-01T03:00+01:00[Europe/Berlin]"));
        assertThat(BackupSchedule.next(ZonedDateTime.parse("2026-07-01T00:30:00Z"), THREE)) // summer time
                .isEqualTo(ZonedDateTime.parse("2026-07-01T03:00+02:00[Europe/Berlin]"));
    }
}
