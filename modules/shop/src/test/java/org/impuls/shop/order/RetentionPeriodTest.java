package org.impuls.shop.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

    @Test
    void keptTenYearsFromTheEndOfThePlacingYear() {
        assertThat(RetentionPeriod.keptUntil(Instant.parse("2026-03-15T10:00:00Z")))
                .isEqualTo(LocalDate.of(2036, 12, 31));
    }

    @Test
    void theYearIsGermanys() {
        // 23:30 UTC on New Year's Eve is already the new year in Berlin
        assertThat(RetentionPeriod.keptUntil(Instant.parse("2026-12-31T23:30:00Z")))
                .isEqualTo(LocalDate.of(2037, 12, 31));
        assertThat(RetentionPeriod.keptUntil(Instant.parse("2026-12-31T22:30:00Z")))
                .isEqualTo(LocalDate.of(2036, 12, 31));
    }

    @Property
    void neverShorterThanTenYearsNorEndingBeforeTheYearEnds(
            @ForAll @LongRange(min = 946_684_800L, max = 4_102_444_800L) long epochSecond) {
        Instant placed = Instant.ofEpochSecond(epochSecond);
        LocalDate placedDay = placed.atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
        LocalDate kept = RetentionPeriod.keptUntil(placed);

        assertThat(kept).isAfterOrEqualTo(placedDay.plusYears(10));
        assertThat(kept).isBefore(placedDay.plusYears(11));
        assertThat(kept.getMonthValue()).isEqualTo(12);
        assertThat(kept.getDayOfMonth()).isEqualTo(31);
    }
}
