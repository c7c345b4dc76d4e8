package org.impuls.directory.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.impuls.directory.api.BusinessHours;
import org.impuls.directory.api.BusinessHours.Closure;
import org.impuls.directory.api.BusinessHours.OpenInterval;
import org.junit.jupiter.api.Test;

/** The opening hours as other modules read them: intervals per date, holidays, closures and the nights the clocks change. */
class BusinessHoursTest {

    private static BusinessHours hours(String osm) {
        return OpeningHours.parse(osm);
    }

    private static String local(OpenInterval interval) {
        return interval.start().toLocalDateTime() + "/" + interval.end().toLocalDateTime();
    }

    @Test
    void aDayHasItsIntervalsInKaiserslauternTime() {
        List<OpenInterval> tuesday = hours("Tu-Su 11:30-14:30,17:30-23:00").intervalsOn(LocalDate.of(2026, 12, 1));

        assertThat(tuesday)
                .extracting(BusinessHoursTest::local)
                .containsExactly("2026-12-01T11:30/2026-12-01T14:30", "2026-12-01T17:30/2026-12-01T23:00");
        assertThat(tuesday.get(0).start().getOffset()).as("winter time").isEqualTo(ZoneOffset.ofHours(1));
        assertThat(hours("Tu-Su 11:30-14:30").intervalsOn(LocalDate.of(2026, 11, 30)))
                .as("Monday")
                .isEmpty();
    }

    @Test
    void aShopClosedOnPublicHolidaysHasNoIntervalsOnEasterMonday() {
        BusinessHours bakery = hours("Mo-Sa 08:00-18:00; PH off");
        LocalDate easterMonday = LocalDate.of(2026, 4, 6);

        assertThat(bakery.isPublicHoliday(easterMonday)).isTrue();
        assertThat(bakery.intervalsOn(easterMonday)).isEmpty();
        assertThat(bakery.isOpenAt(Instant.parse("2026-04-06T08:00:00Z")))
                .as("10:00 in summer time")
                .isFalse();
        assertThat(bakery.intervalsOn(easterMonday.plusDays(1)))
                .extracting(BusinessHoursTest::local)
                .containsExactly("2026-04-07T08:00/2026-04-07T18:00");
        assertThat(hours("Mo-Su 11:00-22:00").intervalsOn(easterMonday))
                .as("without a PH rule its weekday hours apply")
                .hasSize(1);
    }

    @Test
    void closuresAreListedAndClosed() {
        BusinessHours bakery = hours("Mo-Fr 08:00-18:00; 2026 Dec 24-2027 Jan 06 off");

        assertThat(bakery.closures())
                .containsExactly(new Closure(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 6)));
        assertThat(bakery.intervalsOn(LocalDate.of(2026, 12, 28)))
                .as("a Monday in the closure")
                .isEmpty();
        assertThat(bakery.intervalsOn(LocalDate.of(2027, 1, 7))).hasSize(1);
        assertThat(bakery.closures().get(0).contains(LocalDate.of(2027, 1, 6))).isTrue();
    }

    @Test
    void theNightTheClocksGoForwardIsAnHourShorter() {
        BusinessHours bar = hours("Sa 20:00-04:00");

        OpenInterval night = bar.intervalsOn(LocalDate.of(2026, 3, 28)).get(0);

        assertThat(local(night)).isEqualTo("2026-03-28T20:00/2026-03-29T04:00");
        assertThat(Duration.between(night.start(), night.end())).isEqualTo(Duration.ofHours(7));
        assertThat(night.end().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void theNightTheClocksGoBackIsAnHourLongerAndOpenInBothHalfPastTwos() {
        BusinessHours bar = hours("Sa 20:00-04:00");

        OpenInterval night = bar.intervalsOn(LocalDate.of(2026, 10, 24)).get(0);

        assertThat(Duration.between(night.start(), night.end())).isEqualTo(Duration.ofHours(9));
        Instant firstHalfPastTwo = Instant.parse("2026-10-25T00:30:00Z"); // 02:30 summer time
        Instant secondHalfPastTwo = Instant.parse("2026-10-25T01:30:00Z"); // 02:30 winter time
        assertThat(bar.isOpenAt(firstHalfPastTwo)).isTrue();
        assertThat(bar.isOpenAt(secondHalfPastTwo)).isTrue();
        assertThat(night.contains(secondHalfPastTwo)).isTrue();
        assertThat(bar.isOpenAt(Instant.parse("2026-10-25T03:00:00Z")))
                .as("04:00 winter time")
                .isFalse();
    }

    @Test
    void isOpenAtAgreesWithTheIntervalsAroundTheClock() {
        BusinessHours hours =
                hours("Mo-Fr 07:00-12:00,14:00-18:30; Fr,Sa 20:00-02:00; PH off; 2026 Mar 30-2026 Mar 31 off");
        Instant from =
                LocalDateTime.of(2026, 3, 26, 0, 0).atZone(BusinessHours.ZONE).toInstant();

        for (Instant at = from; at.isBefore(from.plus(Duration.ofDays(14))); at = at.plus(Duration.ofMinutes(15))) {
            Instant moment = at;
            LocalDate day = moment.atZone(BusinessHours.ZONE).toLocalDate();
            boolean inAnInterval = hours.intervalsOn(day).stream().anyMatch(i -> i.contains(moment))
                    || hours.intervalsOn(day.minusDays(1)).stream().anyMatch(i -> i.contains(moment));
            assertThat(hours.isOpenAt(moment)).as(moment.toString()).isEqualTo(inAnInterval);
        }
    }

    @Test
    void aSpanStartingInTheSkippedHourStartsWhenTheClocksSayItIs() {
        OpenInterval early =
                hours("Su 02:30-06:00").intervalsOn(LocalDate.of(2026, 3, 29)).get(0);

        assertThat(early.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 29, 3, 30));
        assertThat(hours("Su 02:00-03:00").intervalsOn(LocalDate.of(2026, 3, 29)))
                .as("the hour that does not exist")
                .isEmpty();
    }

    @Test
    void theTextIsTheCanonicalOsmForm() {
        assertThat(hours("Mo-Fr 7:00-18:30 ;  PH off").text()).isEqualTo("Mo-Fr 07:00-18:30; PH off");
    }
}
