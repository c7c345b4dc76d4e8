package org.impuls.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.impuls.core.api.schedule.Schedule;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant FAILED = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void thePauseDoublesFromAMinuteUpToAnHour() {
        assertThat(Backoff.pause(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.pause(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Backoff.pause(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Backoff.pause(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(Backoff.pause(7)).isEqualTo(Duration.ofHours(1));
        assertThat(Backoff.pause(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> Backoff.pause(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDailyTaskIsRetriedAfterThePause() {
        Schedule daily = Schedule.dailyAt(LocalTime.of(3, 0));
        assertThat(Backoff.retryAt(daily, 1, FAILED)).isEqualTo(FAILED.plus(Duration.ofMinutes(1)));
        assertThat(Backoff.retryAt(daily, 4, FAILED)).isEqualTo(FAILED.plus(Duration.ofMinutes(8)));
        assertThat(Backoff.retryAt(daily, 30, FAILED)).isEqualTo(FAILED.plus(Duration.ofHours(1)));
    }

    @Test
    void aFrequentTaskIsRetriedNoLaterThanItsNextRegularRun() {
        assertThat(Backoff.retryAt(Schedule.every(Duration.ofSeconds(5)), 3, FAILED))
                .isEqualTo(FAILED.plusSeconds(5));
        assertThat(Backoff.retryAt(Schedule.every(Duration.ofMinutes(10)), 5, FAILED))
                .as("16 minutes would be later")
                .isEqualTo(FAILED.plus(Duration.ofMinutes(10)));
    }
}
