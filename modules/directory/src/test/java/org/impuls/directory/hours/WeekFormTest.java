package org.impuls.directory.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekFormTest {

    @Test
    void readsTheWeekFromOsmAndWritesItBack() {
        WeekForm form =
                WeekForm.from("Mo-Fr 07:00-12:00,14:00-18:30; Sa 07:00-13:00; PH off; 2026 Aug 03-2026 Aug 21 off");
        assertThat(form.getDays())
                .extracting(WeekForm.Day::getHours)
                .containsExactly(
                        "07:00-12:00, 14:00-18:30",
                        "07:00-12:00, 14:00-18:30",
                        "07:00-12:00, 14:00-18:30",
                        "07:00-12:00, 14:00-18:30",
                        "07:00-12:00, 14:00-18:30",
                        "07:00-13:00",
                        "");
        assertThat(form.isClosedOnHolidays()).isTrue();
        assertThat(form.getClosures()).singleElement().satisfies(c -> {
            assertThat(c.getFirst()).isEqualTo(LocalDate.of(2026, 8, 3));
            assertThat(c.getLast()).isEqualTo(LocalDate.of(2026, 8, 21));
        });
        assertThat(form.toOsm())
                .isEqualTo("Mo-Fr 07:00-12:00,14:00-18:30; Sa 07:00-13:00; PH off; 2026 Aug 03-2026 Aug 21 off");
    }

    @Test
    void groupsDaysWithTheSameHoursAndAddsClosures() {
        WeekForm form = WeekForm.from(null);
        form.getDays().get(0).setHours("9:00-18:00");
        form.getDays().get(2).setHours("09:00 - 18:00");
        form.getDays().get(4).setHours("18:00-02:00");
        form.addClosure();
        form.getClosures().get(0).setFirst(LocalDate.of(2026, 12, 24));
        form.getClosures().get(0).setLast(LocalDate.of(2026, 12, 26));
        assertThat(form.toOsm()).isEqualTo("Mo,We 09:00-18:00; Fr 18:00-02:00; 2026 Dec 24-2026 Dec 26 off");
    }

    @Test
    void keepsWhatTheFormCannotShow() {
        WeekForm form = WeekForm.from("Tu-Su 10:00-17:00; PH 11:00-15:00; Dec 24 10:00-12:00");
        form.getDays().get(0).setHours("10:00-17:00");
        assertThat(form.toOsm()).isEqualTo("Mo-Su 10:00-17:00; PH 11:00-15:00; Dec 24 10:00-12:00");
    }

    @Test
    void namesTheDayThatCannotBeRead() {
        WeekForm form = WeekForm.from(null);
        form.getDays().get(3).setHours("morgens");
        assertThatThrownBy(form::toOsm).hasMessageContaining("Th: 'morgens'");
    }

    @Test
    void anEmptyWeekHasNoHours() {
        assertThat(WeekForm.from("").toOsm()).isNull();
    }
}
