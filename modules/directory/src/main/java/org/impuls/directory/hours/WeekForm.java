package org.impuls.directory.hours;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.impuls.core.api.error.InvalidInputException;

/**
 * The opening hours as a form: one field per weekday ({@code 07:00-12:00, 14:00-18:00}, empty when
 * closed), "closed on public holidays", and closures from one date to another. It reads and writes the
 * OSM text, so merchants may use either; rules the form cannot show (special hours on a date, holiday
 * hours) are kept as they are.
 */
public class WeekForm implements Serializable {

    /** One weekday's field. */
    public static final class Day implements Serializable {
        private final DayOfWeek day;
        private String hours;

        Day(DayOfWeek day, String hours) {
            this.day = day;
            this.hours = hours;
        }

        /** The OSM day code, e.g. {@code Mo}. */
        public String getCode() {
            return day.name().charAt(0) + day.name().substring(1, 2).toLowerCase(java.util.Locale.ROOT);
        }

        public String getHours() {
            return hours;
        }

        public void setHours(String hours) {
            this.hours = hours;
        }
    }

    /** A closure, both dates included. */
    public static final class Closure implements Serializable {
        private LocalDate first;
        private LocalDate last;

        public Closure() {}

        Closure(LocalDate first, LocalDate last) {
            this.first = first;
            this.last = last;
        }

        public LocalDate getFirst() {
            return first;
        }

        public void setFirst(LocalDate first) {
            this.first = first;
        }

        public LocalDate getLast() {
            return last;
        }

        public void setLast(LocalDate last) {
            this.last = last;
        }
    }

    private final List<Day> days = new ArrayList<>();
    private boolean closedOnHolidays;
    private final List<Closure> closures = new ArrayList<>();
    private final List<OpeningHours.Rule> kept = new ArrayList<>();

    /** The form for an OSM text (empty week for none). */
    public static WeekForm from(String osm) {
        WeekForm form = new WeekForm();
        List<OpeningHours.Rule> rules = osm == null || osm.isBlank()
                ? List.of()
                : OpeningHours.parse(osm).rules();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningHours.Span> spans = List.of();
            for (OpeningHours.Rule rule : rules) {
                if (rule.isWeekly() && rule.days().contains(day)) {
                    spans = rule.spans();
                }
            }
            form.days.add(new Day(day, text(spans)));
        }
        for (OpeningHours.Rule rule : rules) {
            if (rule.holidays() && rule.spans().isEmpty()) {
                form.closedOnHolidays = true;
            } else if (rule.dates() != null
                    && rule.dates().isDatedRange()
                    && rule.spans().isEmpty()) {
                form.closures.add(new Closure(rule.dates().first(), rule.dates().last()));
            } else if (!rule.isWeekly()) {
                form.kept.add(rule);
            }
        }
        return form;
    }

    /** The canonical OSM text, or null when the week has no hours at all; refuses unreadable fields by day. */
    public String toOsm() {
        Map<String, Set<DayOfWeek>> daysBySpans = new LinkedHashMap<>();
        for (Day day : days) {
            String hours = day.hours == null ? "" : day.hours.replace(" ", "");
            if (!hours.isEmpty()) {
                try {
                    hours = text(
                            OpeningHours.parse("Mo " + hours).rules().get(0).spans());
                } catch (InvalidInputException unreadable) {
                    throw new InvalidInputException(
                            "week", day.getCode() + ": '" + day.hours + "' is not like 08:00-12:00, 14:00-18:00");
                }
                daysBySpans
                        .computeIfAbsent(hours, k -> EnumSet.noneOf(DayOfWeek.class))
                        .add(day.day);
            }
        }
        List<OpeningHours.Rule> rules = new ArrayList<>();
        daysBySpans.forEach((hours, on) -> rules.add(new OpeningHours.Rule(
                on, false, OpeningHours.parse("Mo " + hours).rules().get(0).spans())));
        if (closedOnHolidays) {
            rules.add(new OpeningHours.Rule(Set.of(), true, List.of()));
        }
        rules.addAll(kept.stream()
                .filter(rule -> !(rule.holidays() && closedOnHolidays))
                .toList());
        for (Closure closure : closures) {
            if (closure.first == null || closure.last == null || closure.last.isBefore(closure.first)) {
                throw new InvalidInputException(
                        "closures", "give a first and a last day for each closure, the last not before the first");
            }
            rules.add(new OpeningHours.Rule(
                    Set.of(), false, DateSelector.between(closure.first, closure.last), List.of()));
        }
        return rules.isEmpty() ? null : OpeningHours.of(rules).toString();
    }

    public void addClosure() {
        closures.add(new Closure());
    }

    public void removeClosure(Closure closure) {
        closures.remove(closure);
    }

    private static String text(List<OpeningHours.Span> spans) {
        return String.join(", ", spans.stream().map(OpeningHours.Span::toString).toList());
    }

    public List<Day> getDays() {
        return days;
    }

    public boolean isClosedOnHolidays() {
        return closedOnHolidays;
    }

    public void setClosedOnHolidays(boolean closedOnHolidays) {
        this.closedOnHolidays = closedOnHolidays;
    }

    public List<Closure> getClosures() {
        return closures;
    }
}
