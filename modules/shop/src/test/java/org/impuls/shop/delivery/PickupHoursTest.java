package org.impuls.shop.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.impuls.directory.api.BusinessHours;
import org.impuls.directory.api.BusinessHours.OpenInterval;
import org.impuls.directory.hours.OpeningHours;
import org.junit.jupiter.api.Test;

/** Today's pick-up window: the open intervals of today that are not over yet. */
class PickupHoursTest {

    private static final BusinessHours SHOP = OpeningHours.parse("Mo-Fr 09:00-12:30,14:00-18:30; PH off");

    private static java.time.Instant at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), BusinessHours.ZONE).toInstant();
    }

    private static List<String> local(List<OpenInterval> intervals) {
        return intervals.stream()
                .map(i -> i.start().toLocalTime() + "-" + i.end().toLocalTime())
                .toList();
    }

    @Test
    void intervalsThatAreOverAreLeftOut() {
        assertThat(local(PickupHours.remainingToday(SHOP, at("2026-12-01T08:00"))))
                .containsExactly("09:00-12:30", "14:00-18:30");
        assertThat(local(PickupHours.remainingToday(SHOP, at("2026-12-01T13:00"))))
                .containsExactly("14:00-18:30");
        assertThat(PickupHours.remainingToday(SHOP, at("2026-12-01T18:30")))
                .as("closed at 18:30")
                .isEmpty();
        assertThat(PickupHours.remainingToday(SHOP, at("2026-12-05T10:00")))
                .as("Saturday")
                .isEmpty();
    }

    @Test
    void aNightThatBeganYesterdayStillCounts() {
        BusinessHours bar = OpeningHours.parse("Fr 20:00-03:00");

        assertThat(local(PickupHours.remainingToday(bar, at("2026-12-05T01:00"))))
                .containsExactly("20:00-03:00");
        assertThat(PickupHours.remainingToday(bar, at("2026-12-05T03:00"))).isEmpty();
    }

    @Test
    void theWindowSaysUntilWhenWhileOpenAndFromWhenBefore() {
        List<OpenInterval> lunch = PickupHours.remainingToday(SHOP, at("2026-12-01T10:00"));
        PickupWindow open = new PickupWindow(lunch.get(0), at("2026-12-01T10:00"));
        List<OpenInterval> afternoon = PickupHours.remainingToday(SHOP, at("2026-12-01T13:00"));
        PickupWindow later = new PickupWindow(afternoon.get(0), at("2026-12-01T13:00"));

        assertThat(open.isOpenNow()).isTrue();
        assertThat(open.getUntil()).isEqualTo("12:30");
        assertThat(later.isOpenNow()).isFalse();
        assertThat(later.getFrom() + "–" + later.getUntil()).isEqualTo("14:00–18:30");
    }
}
