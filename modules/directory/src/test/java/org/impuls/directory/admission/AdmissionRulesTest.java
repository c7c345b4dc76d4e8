package org.impuls.directory.admission;

import static org.assertj.core.api.Assertions.assertThat;

import org.impuls.directory.admission.AdmissionRules.Flag;
import org.impuls.directory.api.BusinessKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdmissionRulesTest {

    private final AdmissionRules kaiserslautern =
            new AdmissionRules(RegionPostalCodes.parse("67655-67663, 66849, 67697"), 49, 3);

    @ParameterizedTest(name = "{0} is in the region: {1}")
    @CsvSource({
        "67655, true",
        "67659, true",
        "67663, true",
        "66849, true",
        "67697, true",
        "67654, false",
        "67664, false",
        "80331, false",
        "6765, false",
        "abcde, false",
        "'', false"
    })
    void theRegionIsItsCodesAndRanges(String postalCode, boolean inside) {
        assertThat(kaiserslautern.region().contains(postalCode)).isEqualTo(inside);
    }

    @Test
    void aTypoInTheSettingAdmitsNothingExtra() {
        RegionPostalCodes region = RegionPostalCodes.parse("67655-67663, 6, 7-99999, Kaiserslautern, 67697-");

        assertThat(region.contains("67660")).isTrue();
        assertThat(region.contains("80331")).isFalse();
        assertThat(region.contains("67697")).isFalse();
    }

    @Test
    void aSmallLocalBakeryBreaksNoRule() {
        assertThat(kaiserslautern.check(BusinessKind.COMMERCIAL, 12, 2, "67655"))
                .isEmpty();
    }

    @Test
    void theLimitsThemselvesAreAllowed() {
        assertThat(kaiserslautern.check(BusinessKind.COMMERCIAL, 49, 3, "67655"))
                .isEmpty();
        assertThat(kaiserslautern.check(BusinessKind.COMMERCIAL, 50, 4, "67655"))
                .containsExactly(Flag.TOO_MANY_EMPLOYEES, Flag.TOO_MANY_BRANCHES);
    }

    @Test
    void aChainFromElsewhereBreaksEveryRule() {
        assertThat(kaiserslautern.check(BusinessKind.COMMERCIAL, 850, 140, "80331"))
                .containsExactly(Flag.OUTSIDE_REGION, Flag.TOO_MANY_EMPLOYEES, Flag.TOO_MANY_BRANCHES);
    }

    @Test
    void clubsAndInstitutionsAreNotJudgedBySizeButByPlace() {
        assertThat(kaiserslautern.check(BusinessKind.CLUB, 300, 8, "67663")).isEmpty();
        assertThat(kaiserslautern.check(BusinessKind.SOCIAL_INSTITUTION, 300, 8, "67663"))
                .isEmpty();
        assertThat(kaiserslautern.check(BusinessKind.SOCIAL_INSTITUTION, 3, 1, "10115"))
                .containsExactly(Flag.OUTSIDE_REGION);
    }
}
