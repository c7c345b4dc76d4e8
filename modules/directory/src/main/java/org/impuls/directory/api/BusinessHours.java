package org.impuls.directory.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A business's opening hours as other modules read them, immutable: reservations compute their slots from
 * {@link #intervalsOn}, checkout checks a pick-up time with {@link #isOpenAt}. Times are wall-clock times in
 * {@link #ZONE}; public holidays are Rhineland-Palatinate's and follow the business's holiday rule ({@code PH
 * off}: closed, none: its weekday hours, as OpenStreetMap reads them); on its closures it is closed.
 */
public interface BusinessHours {

    ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** Open at this moment, including the early hours of a span that started the day before. */
    boolean isOpenAt(Instant moment);

    default boolean isOpenAt(ZonedDateTime moment) {
        return isOpenAt(moment.toInstant());
    }

    /** The intervals that start on this date, in order; one past midnight ends on the next day. Empty when closed. */
    List<OpenInterval> intervalsOn(LocalDate date);

    /** Whether the date is a public holiday in Rhineland-Palatinate (whatever the business does on it). */
    boolean isPublicHoliday(LocalDate date);

    /** The business's closures from one date to another (holidays of its own, renovation), in its order. */
    List<Closure> closures();

    /** The hours in OpenStreetMap's syntax, e.g. {@code Mo-Fr 07:00-18:30; Sa 07:00-13:00; PH off}. */
    String text();

    /** A time the business is open: from {@code start} (included) to {@code end} (excluded), in {@link #ZONE}. */
    record OpenInterval(ZonedDateTime start, ZonedDateTime end) {

        public boolean contains(Instant moment) {
            return !moment.isBefore(start.toInstant()) && moment.isBefore(end.toInstant());
        }
    }

    /** Closed from {@code first} to {@code last}, both included. */
    record Closure(LocalDate first, LocalDate last) {

        public boolean contains(LocalDate date) {
            return !date.isBefore(first) && !date.isAfter(last);
        }
    }
}
