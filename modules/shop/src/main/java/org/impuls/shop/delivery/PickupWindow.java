package org.impuls.shop.delivery;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.impuls.directory.api.BusinessHours.OpenInterval;

/**
 * Today's pick-up window as a page shows it: open now until {@link #getUntil()} ("heute bis 18:30 abholbereit",
 * {@code shop.pickup.today-until}) or later today from {@link #getFrom()} to {@link #getUntil()} ({@code
 * shop.pickup.today-window}): the current or next open interval.
 */
public class PickupWindow {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final String from;
    private final String until;
    private final boolean openNow;

    PickupWindow(OpenInterval next, Instant now) {
        this.from = CLOCK.format(next.start());
        this.until = CLOCK.format(next.end());
        this.openNow = next.contains(now);
    }

    public String getFrom() {
        return from;
    }

    public String getUntil() {
        return until;
    }

    public boolean isOpenNow() {
        return openNow;
    }
}
