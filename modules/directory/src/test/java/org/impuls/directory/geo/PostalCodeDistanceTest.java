package org.impuls.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impuls.directory.api.GeoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Distances between the postal-code centres the directory publishes ({@code centreOf} reads them from the
 * table seeded by directory V2), as a "within N km" filter of another module would use them.
 */
class PostalCodeDistanceTest {

    private static final Map<String, GeoPoint> CENTRES = new HashMap<>();

    @BeforeAll
    static void readTheSeededCentres() throws IOException {
        try (InputStream sql = PostalCodeDistanceTest.class.getResourceAsStream(
                "/db/migration/directory/V2__postal_code_centres.sql")) {
            Matcher row = Pattern.compile("\\('(\\d{5})', '[^']*', ([\\d.]+), ([\\d.]+)\\)")
                    .matcher(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
            while (row.find()) {
                CENTRES.put(
                        row.group(1), new GeoPoint(Double.parseDouble(row.group(2)), Double.parseDouble(row.group(3))));
            }
        }
    }

    @Test
    void theCityCentreIsAboutTwoKilometresFromTheEastAndNineFromTrippstadt() {
        GeoPoint centre = CENTRES.get("67655");

        assertThat(centre.kilometresTo(CENTRES.get("67657"))).isCloseTo(1.73, within(0.01));
        assertThat(centre.kilometresTo(CENTRES.get("67705"))).as("Trippstadt").isCloseTo(9.41, within(0.01));
        assertThat(centre.kilometresTo(CENTRES.get("67677")))
                .as("Enkenbach-Alsenborn")
                .isCloseTo(10.89, within(0.01));
    }

    @Test
    void withinFiveKilometresOfTheCityCentre() {
        GeoPoint centre = CENTRES.get("67655");

        assertThat(centre.isWithin(5, CENTRES.get("67657"))).isTrue();
        assertThat(centre.isWithin(5, CENTRES.get("67705"))).isFalse();
        assertThat(centre.isWithin(10, CENTRES.get("67705"))).isTrue();
    }

    @Test
    void theDistanceIsSymmetricZeroToItselfAndADegreeOfLatitudeIsAbout111Km() {
        GeoPoint centre = CENTRES.get("67655");
        GeoPoint otterberg = CENTRES.get("67697");

        assertThat(centre.kilometresTo(otterberg)).isEqualTo(otterberg.kilometresTo(centre));
        assertThat(centre.kilometresTo(centre)).isZero();
        assertThat(new GeoPoint(49, 7.7).kilometresTo(new GeoPoint(50, 7.7))).isCloseTo(111.19, within(0.01));
    }
}
