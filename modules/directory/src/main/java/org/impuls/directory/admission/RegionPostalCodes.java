package org.impuls.directory.admission;

import java.util.ArrayList;
import java.util.List;

/**
 * The postal codes that count as the portal's region, written as the operator sets them: single codes
 * and ranges separated by commas, e.g. {@code 67655-67663, 66849}. Items that are not five-digit codes
 * are ignored, so a typo cannot admit the whole country.
 */
public final class RegionPostalCodes {

    private record Range(int from, int to) {}

    private final List<Range> ranges;

    private RegionPostalCodes(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static RegionPostalCodes parse(String text) {
        List<Range> ranges = new ArrayList<>();
        for (String item : (text == null ? "" : text).split(",")) {
            String[] ends = item.strip().split("\\s*-\\s*", -1);
            if (ends.length >= 1
                    && ends.length <= 2
                    && ends[0].matches("\\d{5}")
                    && ends[ends.length - 1].matches("\\d{5}")) {
                int from = Integer.parseInt(ends[0]);
                int to = Integer.parseInt(ends[ends.length - 1]);
                ranges.add(new Range(Math.min(from, to), Math.max(from, to)));
            }
        }
        return new RegionPostalCodes(ranges);
    }

    public boolean contains(String postalCode) {
        if (postalCode == null || !postalCode.matches("\\d{5}")) {
            return false;
        }
        int code = Integer.parseInt(postalCode);
        return ranges.stream().anyMatch(range -> range.from() <= code && code <= range.to());
    }
}
