package org.impuls.shop.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A merchant's local delivery area as typed on its delivery page, e.g. {@code 67655-67663, 67697}: single codes
 * and ranges (either order, dashes with or without spaces), separated by commas, semicolons or spaces. Anything
 * that is not a five-digit code or range is ignored rather than refused: the form validates what is saved, this
 * reads what is stored.
 */
public final class PostalCodeArea {

    private static final Pattern PART = Pattern.compile("(\\d{5})(?:\\s*[-–]\\s*(\\d{5}))?");

    private record Range(int from, int to) {}

    private final List<Range> ranges;

    private PostalCodeArea(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static PostalCodeArea parse(String text) {
        List<Range> ranges = new ArrayList<>();
        if (text != null) {
            Matcher part = PART.matcher(text);
            while (part.find()) {
                int from = Integer.parseInt(part.group(1));
                int to = part.group(2) == null ? from : Integer.parseInt(part.group(2));
                ranges.add(new Range(Math.min(from, to), Math.max(from, to)));
            }
        }
        return new PostalCodeArea(ranges);
    }

    /** Whether the code (surrounding blanks allowed) is one of the area's; a malformed code never is. */
    public boolean contains(String postalCode) {
        if (postalCode == null || !postalCode.strip().matches("\\d{5}")) {
            return false;
        }
        int code = Integer.parseInt(postalCode.strip());
        return ranges.stream().anyMatch(range -> code >= range.from() && code <= range.to());
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }
}
