package org.impuls.shop.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The local delivery area as merchants type it: ranges and single codes, commas or spaces between them. */
class PostalCodeAreaTest {

    @Test
    void rangesAndSingleCodesSeparatedByCommas() {
        PostalCodeArea area = PostalCodeArea.parse("67655-67663, 67697");

        assertThat(area.contains("67655")).as("first of the range").isTrue();
        assertThat(area.contains("67659")).isTrue();
        assertThat(area.contains("67663")).as("last of the range").isTrue();
        assertThat(area.contains("67664")).isFalse();
        assertThat(area.contains("67697")).isTrue();
        assertThat(area.contains("67696")).isFalse();
    }

    @Test
    void spacesSemicolonsBlanksAroundDashesAndReversedRanges() {
        PostalCodeArea area = PostalCodeArea.parse("  67655 - 67657 67697;67700–67698 ");

        assertThat(area.contains("67656")).isTrue();
        assertThat(area.contains("67697")).isTrue();
        assertThat(area.contains("67699")).as("a range typed backwards").isTrue();
        assertThat(area.contains(" 67656 "))
                .as("blanks around the customer's code")
                .isTrue();
        assertThat(area.contains("67658")).isFalse();
    }

    @Test
    void malformedInputAndCodesAreNeverInTheArea() {
        assertThat(PostalCodeArea.parse("").isEmpty()).isTrue();
        assertThat(PostalCodeArea.parse(null).contains("67655")).isFalse();
        assertThat(PostalCodeArea.parse("Kaiserslautern").isEmpty()).isTrue();
        PostalCodeArea area = PostalCodeArea.parse("67655-67663");
        assertThat(area.contains("6765")).isFalse();
        assertThat(area.contains("676550")).isFalse();
        assertThat(area.contains("abcde")).isFalse();
        assertThat(area.contains(null)).isFalse();
    }

    @Property
    void aCodeIsInARangeExactlyWhenItLiesBetweenItsEnds(
            @ForAll @IntRange(min = 10000, max = 99999) int from,
            @ForAll @IntRange(min = 0, max = 200) int width,
            @ForAll @IntRange(min = 10000, max = 99999) int code) {
        int to = Math.min(99999, from + width);
        PostalCodeArea area = PostalCodeArea.parse(from + "-" + to);

        assertThat(area.contains(String.valueOf(code))).isEqualTo(code >= from && code <= to);
    }
}
