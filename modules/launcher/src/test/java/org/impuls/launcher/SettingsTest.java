package org.impuls.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final Path WAR = Path.of("impuls.war");

    @AfterEach
    void forget() {
        System.clearProperty("impuls.db.url");
        System.clearProperty("impuls.demo");
        System.clearProperty("impuls.log.format");
    }

    @Test
    void embeddedDatabaseComesWithDemoData() {
        Settings settings = Settings.fromEnvironment(WAR);

        assertThat(settings.externalDbUrl()).isEmpty();
        assertThat(settings.demo()).isTrue();
        assertThat(settings.httpPort()).isEqualTo(8080);
    }

    @Test
    void externalDatabaseNeverGetsDemoDataUnlessAskedFor() {
        System.setProperty("impuls.db.url", "jdbc:postgresql://db.example:5432/impuls");
        assertThat(Settings.fromEnvironment(WAR).demo()).isFalse();

        System.setProperty("impuls.demo", "true");
        assertThat(Settings.fromEnvironment(WAR).demo()).isTrue();
    }

    @Test
    void unknownLogFormatIsRefusedAtStart() {
        System.setProperty("impuls.log.format", "xml");

        assertThatThrownBy(() -> Settings.fromEnvironment(WAR)).hasMessageContaining("text or json");
    }
}
