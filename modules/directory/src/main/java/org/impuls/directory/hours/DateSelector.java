package org.impuls.directory.hours;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of an exception rule in OSM syntax: {@code 2026 Dec 24-2026 Dec 26} (a closure in one
 * year), {@code 2026 Aug 03} (one day), or {@code Dec 24} / {@code Dec 24-Jan 01} (every year,
 * possibly over the year's end).
 */
record DateSelector(Integer fromYear, MonthDay from, Integer toYear, MonthDay to) implements java.io.Serializable {

    private static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final String DATE = "(?:(\\d{4}) )?(" + String.join("|", MONTHS) + ") (\\d{1,2})";
    /** The selector at the start of a rule, then the rest (times or off). */
    static final Pattern RULE = Pattern.compile(
            "^" + DATE + "(?:-(?:(?:(\\d{4}) )?(" + String.join("|", MONTHS) + ") )?(\\d{1,2}))?\\s+(.+)$");

    static boolean startsRule(String part) {
        return part.matches("^(\\d{4} )?(" + String.join("|", MONTHS) + ") .*");
    }

    /** Reads the selector of a rule matched by {@link #RULE}. */
    static DateSelector of(Matcher rule, String part) {
        Integer fromYear = rule.group(1) == null ? null : Integer.valueOf(rule.group(1));
        MonthDay from = monthDay(rule.group(2), rule.group(3), part);
        if (rule.group(6) == null) {
            return new DateSelector(fromYear, from, fromYear, from);
        }
        Integer toYear = rule.group(4) == null ? fromYear : Integer.valueOf(rule.group(4));
        String toMonth = rule.group(5) == null ? rule.group(2) : rule.group(5);
        MonthDay to = monthDay(toMonth, rule.group(6), part);
        if ((fromYear == null) != (toYear == null)) {
            throw OpeningHours.refuse(part, "give a year on both ends of the range or on neither");
        }
        if (fromYear != null && from.atYear(fromYear).isAfter(to.atYear(toYear))) {
            throw OpeningHours.refuse(part, "the range ends before it starts");
        }
        return new DateSelector(fromYear, from, toYear, to);
    }

    /** A closure from one date to another, both included. */
    static DateSelector between(LocalDate first, LocalDate last) {
        return new DateSelector(first.getYear(), MonthDay.from(first), last.getYear(), MonthDay.from(last));
    }

    boolean contains(LocalDate date) {
        if (fromYear != null) {
            return !date.isBefore(from.atYear(fromYear)) && !date.isAfter(to.atYear(toYear));
        }
        MonthDay day = MonthDay.from(date);
        return from.isAfter(to)
                ? !day.isBefore(from) || !day.isAfter(to) // over the year's end
                : !day.isBefore(from) && !day.isAfter(to);
    }

    boolean isDatedRange() {
        return fromYear != null;
    }

    LocalDate first() {
        return from.atYear(fromYear);
    }

    LocalDate last() {
        return to.atYear(toYear);
    }

    @Override
    public String toString() {
        String start = text(fromYear, from);
        if (from.equals(to) && java.util.Objects.equals(fromYear, toYear)) {
            return start;
        }
        return start + "-" + text(toYear, to);
    }

    private static String text(Integer year, MonthDay day) {
        return (year == null ? "" : year + " ")
                + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 3) + " "
                + String.format(Locale.ROOT, "%02d", day.getDayOfMonth());
    }

    private static MonthDay monthDay(String month, String day, String part) {
        Month m = Month.of(MONTHS.indexOf(month) + 1);
        int d = Integer.parseInt(day);
        if (d < 1 || d > m.maxLength()) {
            throw OpeningHours.refuse(part, month + " " + day + " is not a date");
        }
        return MonthDay.of(m, d);
    }
}
