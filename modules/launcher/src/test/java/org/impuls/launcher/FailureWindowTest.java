package org.impuls.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureWindowTest {

    private static final Instant T = Instant.parse("2026-12-01T03:00:00Z");

    @Test
    void theThirdFailureWithinTheWindowExhaustsIt() {
        FailureWindow window = new FailureWindow(3, Duration.ofMinutes(1));

        assertThat(window.exhaustedBy(T)).isFalse();
        assertThat(window.exhaustedBy(T.plusSeconds(30))).isFalse();
        assertThat(window.exhaustedBy(T.plusSeconds(59))).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        FailureWindow window = new FailureWindow(3, Duration.ofMinutes(1));

        window.exhaustedBy(T);
        window.exhaustedBy(T.plusSeconds(30));

        assertThat(window.exhaustedBy(T.plusSeconds(60)))
                .as("the first one is a minute old")
                .isFalse();
    }
}
