package org.impuls.shop.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.impuls.directory.api.BusinessHours;
import org.impuls.directory.api.BusinessHours.OpenInterval;

/**
 * The pick-up times a customer may choose. A slot is a start time with at least {@link #LENGTH} of opening left,
 * every 30 minutes from the start of each open interval (08:15-12:00 gives 08:15 … 11:15), no earlier than now plus
 * the merchant's lead time, on the seven calendar days from the earliest one's date, at most {@link #MAX} of them.
 * Steps are taken on the time line, so the nights the clocks change give the real half hours.
 */
public final class PickupSlots {

    public static final Duration LENGTH = Duration.ofMinutes(30);
    public static final int DAYS = 7;
    public static final int MAX = 50;

    private PickupSlots() {}

    public static List<ZonedDateTime> of(BusinessHours hours, Instant now, int leadMinutes) {
        Instant earliest = now.plus(Duration.ofMinutes(leadMinutes));
        LocalDate first = earliest.atZone(BusinessHours.ZONE).toLocalDate();
        TreeSet<Instant> slots = new TreeSet<>();
        // the day before too: an interval past midnight belongs to the date it starts on
        for (LocalDate day = first.minusDays(1); day.isBefore(first.plusDays(DAYS)); day = day.plusDays(1)) {
            for (OpenInterval open : hours.intervalsOn(day)) {
                addSlots(open, earliest, slots);
            }
        }
        List<ZonedDateTime> result = new ArrayList<>(Math.min(slots.size(), MAX));
        for (Instant slot : slots) {
            if (result.size() == MAX) {
                break;
            }
            result.add(slot.atZone(BusinessHours.ZONE));
        }
        return List.copyOf(result);
    }

    private static void addSlots(OpenInterval open, Instant earliest, TreeSet<Instant> slots) {
        Instant end = open.end().toInstant();
        for (Instant slot = open.start().toInstant(); !slot.plus(LENGTH).isAfter(end); slot = slot.plus(LENGTH)) {
            if (!slot.isBefore(earliest)) {
                slots.add(slot);
            }
        }
    }
}
