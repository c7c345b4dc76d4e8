package org.impuls.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void spellsOutUmlautsAsGermansDo() {
        assertThat(Slug.of("Bäckerei Müller & Söhne")).isEqualTo("baeckerei-mueller-soehne");
        assertThat(Slug.of("Große Straße 7")).isEqualTo("grosse-strasse-7");
        assertThat(Slug.of("  Café Crème! ")).isEqualTo("cafe-creme");
    }

    @Test
    void takenSlugsGetANumber() {
        Set<String> taken = Set.of("baeckerei-mueller", "baeckerei-mueller-2");

        assertThat(Slug.unique("Bäckerei Müller", taken::contains)).isEqualTo("baeckerei-mueller-3");
    }

    @Property
    void alwaysAReadableUrlSegment(@ForAll String text) {
        assertThat(Slug.of(text)).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(80);
    }
}
