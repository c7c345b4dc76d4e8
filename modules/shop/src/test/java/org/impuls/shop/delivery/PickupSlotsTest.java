package org.impuls.shop.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.impuls.core.api.money.Money;
import org.impuls.directory.api.BusinessHours;
import org.impuls.directory.hours.OpeningHours;
import org.junit.jupiter.api.Test;

/** Pick-up slots from the directory's opening hours (parsed as the directory does): lead time, intervals, holidays. */
class PickupSlotsTest {

    private static final BusinessHours SHOP =
            OpeningHours.parse("Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-13:00; PH off");

    private static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BusinessHours.ZONE)
                .toInstant();
    }

    private static List<String> local(List<ZonedDateTime> slots) {
        return slots.stream().map(slot -> slot.toLocalDateTime().toString()).toList();
    }

    @Test
    void slotsStartAfterTheLeadTimeEveryHalfHourWithHalfAnHourLeft() {
        // Tuesday 1 December 2026, 10:10: with two hours' lead the first slot is 12:10 at the earliest
        List<ZonedDateTime> slots = PickupSlots.of(SHOP, berlin("2026-12-01T10:10"), 120);

        assertThat(local(slots))
                .startsWith(
                        "2026-12-01T14:00",
                        "2026-12-01T14:30",
                        "2026-12-01T15:00",
                        "2026-12-01T15:30",
                        "2026-12-01T16:00",
                        "2026-12-01T16:30",
                        "2026-12-01T17:00",
                        "2026-12-01T17:30",
                        "2026-12-02T09:00")
                .doesNotContain("2026-12-01T12:00", "2026-12-01T12:30", "2026-12-01T18:00");
        assertThat(slots.get(0).getZone()).isEqualTo(BusinessHours.ZONE);
        assertThat(slots.get(0).getOffset()).as("winter time").isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void anIntervalOffTheHalfHourKeepsItsOwnGrid() {
        BusinessHours kiosk = OpeningHours.parse("Mo-Su 08:15-09:30");

        assertThat(local(PickupSlots.of(kiosk, berlin("2026-12-01T07:00"), 0)))
                .startsWith("2026-12-01T08:15", "2026-12-01T08:45", "2026-12-02T08:15");
    }

    @Test
    void atMostFiftySlots() {
        BusinessHours always = OpeningHours.parse("Mo-Su 00:00-24:00");

        List<ZonedDateTime> slots = PickupSlots.of(always, berlin("2026-12-01T10:00"), 0);

        assertThat(slots).hasSize(PickupSlots.MAX);
        assertThat(local(slots)).startsWith("2026-12-01T10:00", "2026-12-01T10:30");
    }

    @Test
    void noneOnAPublicHolidayTheShopClosesOn() {
        // Easter Monday 2026 is 6 April; the shop says PH off
        List<ZonedDateTime> slots = PickupSlots.of(SHOP, berlin("2026-04-04T14:00"), 0);

        assertThat(slots).isNotEmpty();
        assertThat(slots).noneMatch(slot -> slot.toLocalDate().equals(LocalDate.of(2026, 4, 6)));
        assertThat(slots.get(0).toLocalDate())
                .as("Saturday after closing, Sunday closed, Monday a holiday")
                .isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void noneDuringAClosure() {
        BusinessHours closing = OpeningHours.parse("Mo-Sa 09:00-18:00; 2026 Dec 02-2026 Dec 03 off");

        List<ZonedDateTime> slots = PickupSlots.of(closing, berlin("2026-12-01T17:00"), 0);

        assertThat(local(slots)).startsWith("2026-12-01T17:00", "2026-12-01T17:30", "2026-12-04T09:00");
    }

    @Test
    void aClosedWeekLeavesNoSlotAndPickupUnavailable() {
        BusinessHours closed = OpeningHours.parse("Mo-Sa 09:00-18:00; 2026 Nov 30-2026 Dec 13 off");

        List<ZonedDateTime> slots = PickupSlots.of(closed, berlin("2026-12-01T10:00"), 120);
        DeliveryOption pickup =
                DeliveryRules.pickup(new Shipment(7, Money.euros(500), true, true, true, 0), Optional.of(slots));

        assertThat(slots).isEmpty();
        assertThat(pickup.available()).isFalse();
        assertThat(pickup.reason()).contains(DeliveryRules.NO_SLOT);
    }

    @Test
    void theNightTheClocksGoBackHasAnHourMore() {
        // Saturday 24 October 2026 20:00 to Sunday 04:00 lasts nine hours: 02:00-03:00 comes twice
        BusinessHours bar = OpeningHours.parse("Sa 20:00-04:00");

        List<ZonedDateTime> night = PickupSlots.of(bar, berlin("2026-10-24T12:00"), 0).stream()
                .filter(slot -> slot.isBefore(ZonedDateTime.parse("2026-10-25T12:00:00+01:00")))
                .toList();

        assertThat(night).hasSize(18);
        assertThat(night)
                .extracting(ZonedDateTime::toOffsetDateTime)
                .extracting(Object::toString)
                .contains("2026-10-25T02:00+02:00", "2026-10-25T02:00+01:00", "2026-10-25T03:30+01:00");
        assertThat(night).isSorted();
    }

    @Test
    void theNightTheClocksGoForwardHasAnHourLess() {
        // Saturday 28 March 2026 20:00 to Sunday 04:00 lasts seven hours: there is no 02:00-03:00
        BusinessHours bar = OpeningHours.parse("Sa 20:00-04:00");

        List<ZonedDateTime> night = PickupSlots.of(bar, berlin("2026-03-28T12:00"), 0).stream()
                .filter(slot -> slot.isBefore(ZonedDateTime.parse("2026-03-29T12:00:00+02:00")))
                .toList();

        assertThat(night).hasSize(14);
        assertThat(night).noneMatch(slot -> slot.getHour() == 2);
        assertThat(local(night)).endsWith("2026-03-29T03:00", "2026-03-29T03:30");
    }

    @Property
    void everySlotIsAfterTheLeadTimeAndInsideAnOpenIntervalWithHalfAnHourLeft(
            @ForAll @IntRange(min = 0, max = 60 * 24 * 60) int minutesFromNow,
            @ForAll @IntRange(min = 0, max = 10_080) int leadMinutes) {
        Instant now = berlin("2026-03-20T00:00").plus(Duration.ofMinutes(minutesFromNow));

        List<ZonedDateTime> slots = PickupSlots.of(SHOP, now, leadMinutes);

        assertThat(slots).hasSizeLessThanOrEqualTo(PickupSlots.MAX).isSorted().doesNotHaveDuplicates();
        Instant earliest = now.plus(Duration.ofMinutes(leadMinutes));
        for (ZonedDateTime slot : slots) {
            assertThat(slot.toInstant()).isAfterOrEqualTo(earliest);
            assertThat(slot.toLocalDate())
                    .isBefore(earliest.atZone(BusinessHours.ZONE).toLocalDate().plusDays(7));
            assertThat(SHOP.isOpenAt(slot)).isTrue();
            assertThat(SHOP.isOpenAt(slot.plusMinutes(29)))
                    .as("half an hour of opening left")
                    .isTrue();
            assertThat(SHOP.isPublicHoliday(slot.toLocalDate())).isFalse();
        }
    }
}
