package org.impuls.core.api.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), Schedule.BERLIN)
                .toInstant();
    }

    @Test
    void everyIsDueOneIntervalAfterTheRunEnded() {
        assertThat(Schedule.every(Duration.ofMinutes(5)).nextAfter(Instant.parse("2026-12-01T10:00:07Z")))
                .isEqualTo(Instant.parse("2026-12-01T10:05:07Z"));
    }

    @Test
    void everyCountsRealTimeAcrossTheClockChange() {
        // 2026-03-29 02:00 CET becomes 03:00 CEST: an hour after 01:30 CET is 03:30 CEST
        assertThat(Schedule.every(Duration.ofHours(1)).nextAfter(berlin("2026-03-29T01:30")))
                .isEqualTo(berlin("2026-03-29T03:30"));
    }

    @Test
    void everyRefusesAnIntervalThatIsNotPositive() {
        assertThatThrownBy(() -> Schedule.every(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schedule.every(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dailyAtIsDueTodayBeforeTheTimeAndTomorrowFromItOn() {
        Schedule three = Schedule.dailyAt(LocalTime.of(3, 0));
        assertThat(three.nextAfter(berlin("2026-12-01T02:59:59"))).isEqualTo(berlin("2026-12-01T03:00"));
        assertThat(three.nextAfter(berlin("2026-12-01T03:00")))
                .as("a run at 03:00 is not due again at once")
                .isEqualTo(berlin("2026-12-02T03:00"));
        assertThat(three.nextAfter(berlin("2026-12-01T17:00"))).isEqualTo(berlin("2026-12-02T03:00"));
    }

    @Test
    void dailyAtFollowsBerlinTimeNotUtcAcrossTheClockChanges() {
        Schedule three = Schedule.dailyAt(LocalTime.of(3, 0));
        assertThat(three.nextAfter(berlin("2026-03-28T03:00")))
                .as("23 hours: the night of the spring change is short")
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(three.nextAfter(berlin("2026-10-24T03:00")))
                .as("25 hours: the night of the autumn change is long")
                .isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
    }

    @Test
    void aTimeTheSpringChangeSkipsRunsAnHourLaterThatDay() {
        Schedule halfPastTwo = Schedule.dailyAt(LocalTime.of(2, 30));
        assertThat(halfPastTwo.nextAfter(berlin("2026-03-29T01:00")))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // 03:30 CEST
        assertThat(halfPastTwo.nextAfter(Instant.parse("2026-03-29T01:30:00Z"))).isEqualTo(berlin("2026-03-30T02:30"));
    }

    @Test
    void aTimeTheAutumnChangeRepeatsRunsOnce() {
        Schedule halfPastTwo = Schedule.dailyAt(LocalTime.of(2, 30));
        Instant first = Instant.parse("2026-10-25T00:30:00Z"); // 02:30 CEST; 02:30 CET follows at 01:30 UTC
        assertThat(halfPastTwo.nextAfter(Instant.parse("2026-10-24T23:00:00Z"))).isEqualTo(first);
        assertThat(halfPastTwo.nextAfter(first)).as("not again at 02:30 CET").isEqualTo(berlin("2026-10-26T02:30"));
        assertThat(halfPastTwo.nextAfter(Instant.parse("2026-10-25T01:10:00Z")))
                .as("02:10 CET, after the first 02:30")
                .isEqualTo(berlin("2026-10-26T02:30"));
    }

    @Property
    void dailyAtIsDueWithinADayAndAtItsTimeOfDay(
            @ForAll @LongRange(min = 1_700_000_000L, max = 2_000_000_000L) long second,
            @ForAll @IntRange(min = 0, max = 23) int hour,
            @ForAll @IntRange(min = 0, max = 59) int minute) {
        Instant after = Instant.ofEpochSecond(second);
        LocalTime time = LocalTime.of(hour, minute);
        Instant next = Schedule.dailyAt(time).nextAfter(after);

        assertThat(next).isAfter(after);
        assertThat(Duration.between(after, next)).isLessThanOrEqualTo(Duration.ofHours(25));
        LocalTime local = next.atZone(Schedule.BERLIN).toLocalTime();
        assertThat(local.equals(time) || local.equals(time.plusHours(1)) && hour == 2)
                .as("%s, or after the spring gap", local)
                .isTrue();
        assertThat(Schedule.dailyAt(time).nextAfter(next.minusSeconds(1)))
                .as("nothing due in between")
                .isEqualTo(next);
    }

    @Test
    void describesItselfStably() {
        assertThat(Schedule.every(Duration.ofMinutes(5)).describe()).isEqualTo("every PT5M");
        assertThat(Schedule.dailyAt(LocalTime.of(3, 0)).describe()).isEqualTo("daily 03:00:00");
    }
}
