package org.impuls.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void comparesNumberByNumberNotAsText() {
        assertThat(Versions.compare("0.10.0", "0.9")).isPositive();
        assertThat(Versions.compare("1.0", "1.0.0")).isZero();
        assertThat(Versions.compare("1.2.3-SNAPSHOT", "1.2.3")).isZero();
    }

    @Test
    void theCoreSatisfiesWhatTheExamplePluginsAskFor() {
        assertThat(Versions.atLeast(Versions.CORE, "0.1")).isTrue();
        assertThat(Versions.atLeast(Versions.CORE, "0.2")).isFalse();
    }

    @Test
    void refusesWhatIsNoVersion() {
        assertThatThrownBy(() -> Versions.compare("latest", "1.0")).hasMessageContaining("latest");
    }
}
