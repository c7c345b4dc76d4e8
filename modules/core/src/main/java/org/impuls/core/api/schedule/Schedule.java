package org.impuls.core.api.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** When a {@link ScheduledTask} is due: every so often, or once a day at a time of day in Europe/Berlin. */
public sealed interface Schedule permits Schedule.Every, Schedule.DailyAt {

    /** The zone of {@link #dailyAt(LocalTime)}: the portal's users live by it. */
    ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Due again {@code interval} after a run ended (a fixed delay: runs never pile up). */
    static Schedule every(Duration interval) {
        return new Every(interval);
    }

    /** Due once a day at {@code time} in Europe/Berlin; a time the spring change skips runs an hour later that day. */
    static Schedule dailyAt(LocalTime time) {
        return new DailyAt(time);
    }

    /** The first due time strictly after {@code after}. */
    Instant nextAfter(Instant after);

    /** A short, stable text of this schedule ({@code every PT5M}, {@code daily 03:00}), stored beside the task. */
    String describe();

    /** See {@link Schedule#every(Duration)}. */
    record Every(Duration interval) implements Schedule {
        public Every {
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("the interval must be positive, was " + interval);
            }
        }

        @Override
        public Instant nextAfter(Instant after) {
            return after.plus(interval);
        }

        @Override
        public String describe() {
            return "every " + interval;
        }
    }

    /** See {@link Schedule#dailyAt(LocalTime)}. */
    record DailyAt(LocalTime time) implements Schedule {
        public DailyAt {
            Objects.requireNonNull(time, "time");
        }

        @Override
        public Instant nextAfter(Instant after) {
            ZonedDateTime local = after.atZone(BERLIN);
            // atZone moves a time in the spring gap forward by the gap and takes the earlier of an autumn time that
            // happens twice: one run on either day
            Instant today = local.toLocalDate().atTime(time).atZone(BERLIN).toInstant();
            return today.isAfter(after)
                    ? today
                    : local.toLocalDate()
                            .plusDays(1)
                            .atTime(time)
                            .atZone(BERLIN)
                            .toInstant();
        }

        @Override
        public String describe() {
            return "daily " + time.format(DateTimeFormatter.ISO_LOCAL_TIME);
        }
    }
}
