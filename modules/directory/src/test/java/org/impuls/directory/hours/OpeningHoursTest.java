package org.impuls.directory.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.impuls.core.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningHoursTest {

    private static ZonedDateTime inKaiserslautern(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OpeningHours.BERLIN);
    }

    @ParameterizedTest(name = "{0} at {1}: open={2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Mo-Fr 07:00-18:30; Sa 07:00-13:00 | 2026-11-25T07:00 | true", // Wednesday, opening minute
                "Mo-Fr 07:00-18:30; Sa 07:00-13:00 | 2026-11-25T18:30 | false", // closing minute is closed
                "Mo-Fr 07:00-18:30; Sa 07:00-13:00 | 2026-11-28T12:59 | true", // Saturday
                "Mo-Fr 07:00-18:30; Sa 07:00-13:00 | 2026-11-29T10:00 | false", // Sunday not named
                "Tu-Su 11:30-14:30,17:30-23:00      | 2026-11-26T15:00 | false", // lunch break
                "Tu-Su 11:30-14:30,17:30-23:00      | 2026-11-26T18:00 | true",
                "Mo-Fr 08:00-18:00; We off          | 2026-11-25T10:00 | false", // later rule wins
                "Mo,We,Fr 09:00-12:00               | 2026-11-27T09:30 | true",
                "Sa-Mo 10:00-16:00                  | 2026-11-30T11:00 | true", // wraps over the week's end
            })
    void openOrClosed(String hours, String at, boolean open) {
        assertThat(OpeningHours.parse(hours).isOpenAt(inKaiserslautern(at))).isEqualTo(open);
    }

    @Test
    void spansPastMidnightCoverTheNextMorning() {
        OpeningHours bar = OpeningHours.parse("Fr,Sa 18:00-02:00");

        assertThat(bar.isOpenAt(inKaiserslautern("2026-11-28T01:30")))
                .as("Saturday 01:30, from Friday")
                .isTrue();
        assertThat(bar.isOpenAt(inKaiserslautern("2026-11-28T02:30"))).isFalse();
        assertThat(bar.isOpenAt(inKaiserslautern("2026-11-29T01:00")))
                .as("Sunday 01:00, from Saturday")
                .isTrue();
        assertThat(bar.isOpenAt(inKaiserslautern("2026-11-30T01:00")))
                .as("Monday 01:00: Sunday not open")
                .isFalse();
    }

    @Test
    void publicHolidaysFollowThePhRule() {
        OpeningHours shop = OpeningHours.parse("Mo-Sa 08:00-18:00; PH off");
        OpeningHours museum = OpeningHours.parse("Tu-Su 10:00-17:00; PH 11:00-15:00");

        assertThat(shop.isOpenAt(inKaiserslautern("2026-12-25T10:00")))
                .as("Christmas, a Friday")
                .isFalse();
        assertThat(shop.isOpenAt(inKaiserslautern("2027-05-27T10:00")))
                .as("Corpus Christi 2027, a holiday in RP")
                .isFalse();
        assertThat(shop.isOpenAt(inKaiserslautern("2026-11-27T10:00"))).isTrue();
        assertThat(museum.isOpenAt(inKaiserslautern("2026-12-25T10:30"))).isFalse();
        assertThat(museum.isOpenAt(inKaiserslautern("2026-12-25T11:30"))).isTrue();
    }

    @Test
    void easterAndTheHolidaysThatFollowIt() {
        assertThat(PublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(PublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(PublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 4, 3)))
                .as("Good Friday")
                .isTrue();
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 5, 14)))
                .as("Ascension")
                .isTrue();
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 11, 1)))
                .as("All Saints, RP")
                .isTrue();
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 11, 25))).isFalse();
    }

    @Test
    void wallClockTimesHoldAcrossTheDaylightSavingChange() {
        OpeningHours bakery = OpeningHours.parse("Su 06:00-11:00");

        // 2027-03-28: clocks jump from 02:00 to 03:00; 06:00 CEST is 04:00 UTC
        assertThat(bakery.isOpenAt(ZonedDateTime.of(2027, 3, 28, 4, 0, 0, 0, ZoneOffset.UTC)))
                .isTrue();
        assertThat(bakery.isOpenAt(ZonedDateTime.of(2027, 3, 28, 3, 59, 0, 0, ZoneOffset.UTC)))
                .isFalse();
        // 2026-10-25: clocks go back from 03:00 to 02:00; 06:00 CET is 05:00 UTC
        assertThat(bakery.isOpenAt(ZonedDateTime.of(2026, 10, 25, 5, 0, 0, 0, ZoneOffset.UTC)))
                .isTrue();
        assertThat(bakery.isOpenAt(ZonedDateTime.of(2026, 10, 25, 4, 59, 0, 0, ZoneOffset.UTC)))
                .isFalse();
    }

    @Test
    void closuresAndSpecialDaysOverrideTheWeekAndHolidays() {
        OpeningHours bakery =
                OpeningHours.parse("Mo-Sa 07:00-18:00; PH off; 2026 Dec 28-2027 Jan 02 off; Dec 24 07:00-12:00");
        assertThat(bakery.isOpenAt(inKaiserslautern("2026-12-23T10:00")))
                .as("Wednesday before Christmas")
                .isTrue();
        assertThat(bakery.isOpenAt(inKaiserslautern("2026-12-24T11:00")))
                .as("Christmas Eve morning")
                .isTrue();
        assertThat(bakery.isOpenAt(inKaiserslautern("2026-12-24T14:00")))
                .as("Christmas Eve afternoon")
                .isFalse();
        assertThat(bakery.isOpenAt(inKaiserslautern("2026-12-25T10:00")))
                .as("Christmas Day, a holiday")
                .isFalse();
        assertThat(bakery.isOpenAt(inKaiserslautern("2026-12-29T10:00")))
                .as("closed between the years")
                .isFalse();
        assertThat(bakery.isOpenAt(inKaiserslautern("2027-01-02T10:00")))
                .as("last day of the closure")
                .isFalse();
        assertThat(bakery.isOpenAt(inKaiserslautern("2027-01-04T10:00")))
                .as("Monday after")
                .isTrue();
        assertThat(bakery.isOpenAt(inKaiserslautern("2027-12-24T11:00")))
                .as("Dec 24 has short hours every year")
                .isTrue();
        assertThat(bakery.isOpenAt(inKaiserslautern("2027-12-29T10:00")))
                .as("the closure was for one year only")
                .isTrue();
    }

    @Test
    void yearlyRangesMayPassTheYearsEnd() {
        OpeningHours skiHut = OpeningHours.parse("Mo-Su 10:00-16:00; Dec 24-Jan 06 off");
        assertThat(skiHut.isOpenAt(inKaiserslautern("2026-12-31T12:00"))).isFalse();
        assertThat(skiHut.isOpenAt(inKaiserslautern("2027-01-06T12:00"))).isFalse();
        assertThat(skiHut.isOpenAt(inKaiserslautern("2027-01-07T12:00"))).isTrue();
    }

    @Test
    void badDatesAreRefused() {
        assertThatThrownBy(() -> OpeningHours.parse("Mo-Fr 08:00-18:00; 2026 Feb 30 off"))
                .hasMessageContaining("not a date");
        assertThatThrownBy(() -> OpeningHours.parse("2026 Dec 26-2026 Dec 24 off"))
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> OpeningHours.parse("Dec 24-2026 Dec 26 off"))
                .hasMessageContaining("year on both ends");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Mo-Fr 07:00-18:30; Sa 07:00-13:00; PH off | Mo-Fr 07:00-18:30; Sa 07:00-13:00; PH off",
                "Mo,Tu,We 9:00-12:00                        | Mo-We 09:00-12:00",
                "Fr 18:00-02:00                             | Fr 18:00-02:00",
                "Sa,Su 10:00-16:00                          | Sa,Su 10:00-16:00",
                "Mo-Fr 08:00-18:00; 2026 Dec 24-2027 Jan 6 off | Mo-Fr 08:00-18:00; 2026 Dec 24-2027 Jan 06 off",
                "Mo-Sa 08:00-18:00; Dec 24 08:00-12:00      | Mo-Sa 08:00-18:00; Dec 24 08:00-12:00",
                "Mo-Sa 08:00-18:00; 2026 Aug 3-21 off       | Mo-Sa 08:00-18:00; 2026 Aug 03-2026 Aug 21 off",
            })
    void writesTheCanonicalOsmText(String input, String canonical) {
        assertThat(OpeningHours.parse(input).toString()).isEqualTo(canonical);
        assertThat(OpeningHours.parse(canonical).toString()).isEqualTo(canonical);
    }

    @Test
    void nonsenseIsRefusedNamingThePart() {
        assertThatThrownBy(() -> OpeningHours.parse("Mo-Fr 08:00-18:00; Xy 10:00-12:00"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).contains("openingHours"))
                .hasMessageContaining("Xy");
        assertThatThrownBy(() -> OpeningHours.parse("Mo 25:00-26:00")).hasMessageContaining("not a time of day");
        assertThatThrownBy(() -> OpeningHours.parse("Mo")).hasMessageContaining("days and times");
    }
}
