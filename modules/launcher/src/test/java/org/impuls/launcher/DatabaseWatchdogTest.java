package org.impuls.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DatabaseWatchdogTest {

    private Instant now = Instant.parse("2026-12-01T03:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };

    /** A database that dies whenever the test says so and comes back on restart. */
    private final class Flaky implements DatabaseWatchdog.Watched {
        boolean up = true;
        int restarts;

        @Override
        public boolean running() {
            return up;
        }

        @Override
        public void restart() {
            restarts++;
            up = true;
        }

        @Override
        public String describe() {
            return "test";
        }
    }

    private final Flaky database = new Flaky();
    private final AtomicBoolean gaveUp = new AtomicBoolean();
    private final DatabaseWatchdog watchdog = new DatabaseWatchdog(
            database,
            new FailureWindow(DatabaseWatchdog.FAILURES, DatabaseWatchdog.WINDOW),
            clock,
            () -> gaveUp.set(true));

    @Test
    void aRunningDatabaseIsLeftAlone() {
        assertThat(watchdog.check()).isTrue();
        assertThat(database.restarts).isZero();
    }

    @Test
    void aDeadDatabaseIsStartedAgain() {
        database.up = false;

        assertThat(watchdog.check()).isTrue();

        assertThat(database.restarts).isEqualTo(1);
        assertThat(database.up).isTrue();
    }

    @Test
    void threeFailuresWithinAMinuteStopThePortalInsteadOfLooping() {
        for (int death = 1; death <= 2; death++) {
            database.up = false;
            assertThat(watchdog.check()).isTrue();
            now = now.plusSeconds(20);
        }
        database.up = false;

        assertThat(watchdog.check()).as("watching on").isFalse();

        assertThat(gaveUp).isTrue();
        assertThat(database.restarts).isEqualTo(2);
    }

    @Test
    void failuresFurtherApartThanAMinuteAreRestartedEachTime() {
        for (int death = 1; death <= 5; death++) {
            database.up = false;
            assertThat(watchdog.check()).isTrue();
            now = now.plusSeconds(31);
        }

        assertThat(gaveUp).isFalse();
        assertThat(database.restarts).isEqualTo(5);
    }

    @Test
    void aRestartThatFailsCountsAsAFailure() {
        AtomicInteger attempts = new AtomicInteger();
        DatabaseWatchdog.Watched broken = new DatabaseWatchdog.Watched() {
            @Override
            public boolean running() {
                return false;
            }

            @Override
            public void restart() throws Exception {
                attempts.incrementAndGet();
                throw new java.io.IOException("Gave up waiting for server to start after 30000ms");
            }

            @Override
            public String describe() {
                return "broken";
            }
        };
        DatabaseWatchdog watching = new DatabaseWatchdog(
                broken,
                new FailureWindow(DatabaseWatchdog.FAILURES, Duration.ofMinutes(1)),
                clock,
                () -> gaveUp.set(true));

        while (watching.check()) {
            now = now.plusSeconds(1);
        }

        assertThat(attempts).hasValue(2);
        assertThat(gaveUp).isTrue();
    }
}
