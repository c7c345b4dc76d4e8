package org.impuls.directory.hours;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.directory.api.BusinessHours;

/**
 * Opening hours written as OpenStreetMap does, e.g. {@code Mo-Fr 07:00-18:30; Sa 07:00-13:00; PH off;
 * 2026 Dec 24-2027 Jan 06 off}. Weekday rules apply in order and a later rule replaces an earlier one
 * for the days it names, as in OSM; a public-holiday rule ({@code PH}) overrides them on holidays, and
 * date rules (closures, special days) override both, the last one naming a date winning. A
 * span may pass midnight ({@code Fr 18:00-02:00}): it then also covers the early hours of the next
 * day. Times are wall-clock times in Kaiserslautern, so the change to and from daylight saving time
 * needs no special care: an interval's length on the night of the change is what the clock on the wall says.
 * Published to other modules as {@link BusinessHours}.
 */
public final class OpeningHours implements BusinessHours {

    public static final ZoneId BERLIN = BusinessHours.ZONE;

    private static final List<String> DAY_CODES = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
    private static final Pattern SPAN = Pattern.compile("(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})");

    /** A time span in minutes after midnight; {@code end} may exceed 24 h for spans past midnight. */
    record Span(int start, int end) implements java.io.Serializable {
        @Override
        public String toString() {
            return clock(start) + "-" + clock(end > 24 * 60 ? end - 24 * 60 : end);
        }
    }

    /** One rule: weekdays, public holidays or dates, and their spans; no spans means closed. */
    record Rule(Set<DayOfWeek> days, boolean holidays, DateSelector dates, List<Span> spans)
            implements java.io.Serializable {

        Rule(Set<DayOfWeek> days, boolean holidays, List<Span> spans) {
            this(days, holidays, null, spans);
        }

        boolean isWeekly() {
            return !holidays && dates == null;
        }
    }

    private final List<Rule> rules;

    private OpeningHours(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    private static final int CACHE_LIMIT = 10_000;
    private static final Map<String, OpeningHours> PARSED = new ConcurrentHashMap<>();

    /**
     * The parsed hours of a stored text, parsed once: searches check "open now" for thousands of
     * businesses, most of which share a handful of texts. Only for texts that parsed before (stored ones).
     */
    public static OpeningHours ofStored(String text) {
        OpeningHours hours = PARSED.get(text);
        if (hours == null) {
            if (PARSED.size() >= CACHE_LIMIT) {
                PARSED.clear(); // crude, but the cache only saves time; it is never needed for correctness
            }
            hours = parse(text);
            PARSED.put(text, hours);
        }
        return hours;
    }

    /** Parses the OSM syntax; refuses what it does not understand, naming the part. */
    public static OpeningHours parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("openingHours", "opening hours are empty");
        }
        List<Rule> rules = new ArrayList<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                rules.add(rule(part.strip()));
            }
        }
        return new OpeningHours(rules);
    }

    @Override
    public boolean isOpenAt(Instant moment) {
        return isOpenAt(moment.atZone(BERLIN));
    }

    @Override
    public boolean isOpenAt(ZonedDateTime moment) {
        LocalDateTime local = moment.withZoneSameInstant(BERLIN).toLocalDateTime();
        int minute = local.getHour() * 60 + local.getMinute();
        if (spansOf(local.toLocalDate()).stream().anyMatch(s -> s.start() <= minute && minute < s.end())) {
            return true;
        }
        // the late part of yesterday's spans that pass midnight
        int yesterdayMinute = minute + 24 * 60;
        return spansOf(local.toLocalDate().minusDays(1)).stream()
                .anyMatch(s -> s.start() <= yesterdayMinute && yesterdayMinute < s.end());
    }

    @Override
    public List<OpenInterval> intervalsOn(LocalDate date) {
        return spansOf(date).stream()
                .map(span -> new OpenInterval(at(date, span.start()), at(date, span.end())))
                .filter(interval ->
                        interval.start().isBefore(interval.end())) // 02:00-03:00 on the night clocks go forward
                .toList();
    }

    /** A wall-clock time; one in the hour skipped in spring moves on by that hour, as the clocks do. */
    private static ZonedDateTime at(LocalDate date, int minutes) {
        return date.atStartOfDay().plusMinutes(minutes).atZone(BERLIN);
    }

    @Override
    public boolean isPublicHoliday(LocalDate date) {
        return PublicHolidays.isHoliday(date);
    }

    /** Closures with years ({@code 2026 Dec 24-2027 Jan 06 off}); yearly ones ({@code Dec 24 off}) show in the intervals only. */
    @Override
    public List<Closure> closures() {
        return rules.stream()
                .filter(rule -> rule.dates() != null
                        && rule.dates().isDatedRange()
                        && rule.spans().isEmpty())
                .map(rule -> new Closure(rule.dates().first(), rule.dates().last()))
                .toList();
    }

    @Override
    public String text() {
        return toString();
    }

    /** The spans that apply to a date: the last rule naming it wins; holidays follow a PH rule if there is one. */
    List<Span> spansOf(LocalDate date) {
        List<Span> spans = List.of();
        boolean holiday = PublicHolidays.isHoliday(date);
        for (Rule rule : rules) {
            if (rule.isWeekly() && rule.days().contains(date.getDayOfWeek())) {
                spans = rule.spans();
            }
        }
        if (holiday) {
            for (Rule rule : rules) {
                if (rule.holidays()) {
                    spans = rule.spans();
                }
            }
        }
        for (Rule rule : rules) {
            if (rule.dates() != null && rule.dates().contains(date)) {
                spans = rule.spans();
            }
        }
        return spans;
    }

    /** The canonical OSM text, e.g. {@code Mo-Fr 07:00-18:30; Sa 07:00-13:00; PH off}. */
    @Override
    public String toString() {
        return rules.stream().map(OpeningHours::format).collect(Collectors.joining("; "));
    }

    List<Rule> rules() {
        return rules;
    }

    static OpeningHours of(List<Rule> rules) {
        return new OpeningHours(rules);
    }

    private static Rule rule(String part) {
        if (DateSelector.startsRule(part)) {
            Matcher dated = DateSelector.RULE.matcher(part);
            if (!dated.matches()) {
                throw refuse(part, "write dates like '2026 Dec 24-2026 Dec 26 off' or 'Dec 24 10:00-13:00'");
            }
            DateSelector dates = DateSelector.of(dated, part);
            return new Rule(Set.of(), false, dates, spans(dated.group(7).strip(), part));
        }
        String[] pieces = part.split("\\s+", 2);
        if (pieces.length < 2) {
            throw refuse(part, "give days and times, e.g. 'Mo-Fr 08:00-18:00', or days and 'off'");
        }
        boolean holidays = pieces[0].equals("PH");
        Set<DayOfWeek> days = holidays ? EnumSet.noneOf(DayOfWeek.class) : days(pieces[0], part);
        return new Rule(days, holidays, spans(pieces[1].strip(), part));
    }

    private static List<Span> spans(String times, String part) {
        if (times.equals("off") || times.equals("closed")) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        for (String span : times.split(",")) {
            Matcher m = SPAN.matcher(span.strip());
            if (!m.matches()) {
                throw refuse(part, "'" + span.strip() + "' is not a time span like 08:00-18:00");
            }
            int start = minutes(m.group(1), m.group(2), part);
            int end = minutes(m.group(3), m.group(4), part);
            if (end <= start) {
                end += 24 * 60; // past midnight
            }
            spans.add(new Span(start, end));
        }
        return spans;
    }

    private static Set<DayOfWeek> days(String text, String part) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : text.split(",")) {
            String[] range = item.split("-");
            int from = dayIndex(range[0], part);
            int to = range.length == 2 ? dayIndex(range[1], part) : from;
            for (int i = from; ; i = (i + 1) % 7) { // Sa-Mo wraps over the week's end
                days.add(DayOfWeek.of(i + 1));
                if (i == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static int dayIndex(String code, String part) {
        int index = DAY_CODES.indexOf(code);
        if (index < 0) {
            throw refuse(part, "'" + code + "' is not a day; use Mo, Tu, We, Th, Fr, Sa, Su or PH");
        }
        return index;
    }

    private static int minutes(String hours, String minutes, String part) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (h > 24 || m > 59 || (h == 24 && m > 0)) {
            throw refuse(part, hours + ":" + minutes + " is not a time of day");
        }
        return h * 60 + m;
    }

    static InvalidInputException refuse(String part, String why) {
        return new InvalidInputException("openingHours", "cannot read '" + part + "': " + why);
    }

    static String format(Rule rule) {
        String days = rule.dates() != null ? rule.dates().toString() : rule.holidays() ? "PH" : dayText(rule.days());
        return days + " "
                + (rule.spans().isEmpty()
                        ? "off"
                        : rule.spans().stream().map(Span::toString).collect(Collectors.joining(",")));
    }

    private static String dayText(Set<DayOfWeek> days) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < 7) {
            if (!days.contains(DayOfWeek.of(i + 1))) {
                i++;
                continue;
            }
            int start = i;
            while (i + 1 < 7 && days.contains(DayOfWeek.of(i + 2))) {
                i++;
            }
            parts.add(
                    start == i
                            ? DAY_CODES.get(start)
                            : DAY_CODES.get(start) + (i - start == 1 ? "," : "-") + DAY_CODES.get(i));
            i++;
        }
        return String.join(",", parts);
    }

    static String clock(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }
}
