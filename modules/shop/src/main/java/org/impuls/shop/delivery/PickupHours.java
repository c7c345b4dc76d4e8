package org.impuls.shop.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.impuls.directory.api.BusinessDirectory;
import org.impuls.directory.api.BusinessHours;
import org.impuls.directory.api.BusinessHours.OpenInterval;

/**
 * Each merchant's pick-up window today, for the cart page ("heute bis 18:30 abholbereit") and the "Heute abholen"
 * filter: the open intervals of today (in Europe/Berlin) that are not over yet, including a night that began
 * yesterday and still runs. Whether the merchant offers pick-up at all is not asked here.
 */
@Named("pickupHours")
@ApplicationScoped
public class PickupHours {

    @Inject
    BusinessDirectory directory;

    public List<OpenInterval> today(long businessId, Instant now) {
        return directory
                .openingHours(businessId)
                .map(hours -> remainingToday(hours, now))
                .orElse(List.of());
    }

    /** The current or next window today for a page, {@code null} when there is none. */
    public PickupWindow window(Object businessId) {
        return window(Long.parseLong(String.valueOf(businessId)), Instant.now()).orElse(null);
    }

    /** {@link #window} of one merchant at {@code now}; empty when there is none. */
    public Optional<PickupWindow> window(long businessId, Instant now) {
        List<OpenInterval> left = today(businessId, now);
        return left.isEmpty() ? Optional.empty() : Optional.of(new PickupWindow(left.get(0), now));
    }

    static List<OpenInterval> remainingToday(BusinessHours hours, Instant now) {
        LocalDate today = now.atZone(BusinessHours.ZONE).toLocalDate();
        List<OpenInterval> left = new ArrayList<>();
        Stream.concat(hours.intervalsOn(today.minusDays(1)).stream(), hours.intervalsOn(today).stream())
                .filter(open -> open.end().toInstant().isAfter(now))
                .forEach(left::add);
        return List.copyOf(left);
    }

    /** Whether the merchant is open at some time later today (or now). */
    public boolean stillOpenToday(long businessId, Instant now) {
        return !today(businessId, now).isEmpty();
    }
}
