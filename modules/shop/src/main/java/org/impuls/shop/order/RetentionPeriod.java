package org.impuls.shop.order;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long an order must be kept after its account was deleted: invoices and booking documents for 10 years
 * (§ 147 Abs. 3 AO, § 14b Abs. 1 UStG), counted from the end of the calendar year in which the order was placed
 * (§ 147 Abs. 4 AO). 10 rather than the 8 years the Bürokratieentlastungsgesetz IV allows for booking documents since
 * 2025: an order may also serve as a commercial letter or the basis of a booking of the platform's commission.
 */
public final class RetentionPeriod {

    static final int YEARS = 10;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private RetentionPeriod() {}

    /** The last day the order must be kept: 31 December of the placing year (in Germany) plus 10 years. */
    public static LocalDate keptUntil(Instant placedAt) {
        int year = placedAt.atZone(BERLIN).getYear();
        return LocalDate.of(year + YEARS, 12, 31);
    }
}
