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
        System.clearProperty("impuls.base-url");
        System.clearProperty("impuls.http.host");
        System.clearProperty("impuls.http.port");
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

    @Test
    void withoutDemoModeThePortalRefusesToStartWithoutABaseUrl() {
        System.setProperty("impuls.db.url", "jdbc:postgresql://db.example:5432/impuls");
        Settings settings = Settings.fromEnvironment(WAR);

        assertThatThrownBy(settings::publicAddress)
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("IMPULS_BASE_URL is not set")
                .hasNoCause();
    }

    @Test
    void theConfiguredBaseUrlIsThePublicAddressWithoutATrailingSlash() {
        System.setProperty("impuls.db.url", "jdbc:postgresql://db.example:5432/impuls");
        System.setProperty("impuls.base-url", "HTTPS://impuls-kl.de/");

        assertThat(Settings.fromEnvironment(WAR).publicAddress()).isEqualTo("https://impuls-kl.de");
    }

    @Test
    void aBaseUrlThatIsNoHttpAddressIsRefusedAtStart() {
        for (String wrong : new String[] {
            "impuls-kl.de", "ftp://impuls-kl.de", "https://impuls-kl.de/?x=1", "https://user@impuls-kl.de"
        }) {
            System.setProperty("impuls.base-url", wrong);

            assertThatThrownBy(() -> Settings.fromEnvironment(WAR))
                    .as(wrong)
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("IMPULS_BASE_URL must be an http:// or https:// address");
        }
    }

    @Test
    void demoModeLinksToLocalhostOnItsOwnPortByDefault() {
        Settings settings = Settings.fromEnvironment(WAR).withHttpPort(18080);

        assertThat(settings.publicAddress()).isEqualTo("http://localhost:18080");
    }

    @Test
    void demoModeListensOnTheLoopbackInterfaceOnlyAndSaysSoInOneLine() {
        Settings settings = Settings.fromEnvironment(WAR).withHttpPort(18080);

        assertThat(settings.listenAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.listeningNote())
                .doesNotContain("\n")
                .startsWith("demo mode: listening on 127.0.0.1:18080 only; set IMPULS_HTTP_HOST=0.0.0.0");
    }

    @Test
    void demoModeListensWhereIMPULS_HTTP_HOSTSays() {
        System.setProperty("impuls.http.host", "0.0.0.0");
        Settings settings = Settings.fromEnvironment(WAR).withHttpPort(18080);

        assertThat(settings.listenAddress()).isEqualTo("0.0.0.0");
        assertThat(settings.localAddress()).as("asked whether it is up").isEqualTo("127.0.0.1");
        assertThat(settings.listeningNote()).startsWith("listening on 0.0.0.0:18080 in demo mode");
    }

    @Test
    void withoutDemoModeThePortalListensOnAllInterfacesByDefault() {
        System.setProperty("impuls.db.url", "jdbc:postgresql://db.example:5432/impuls");
        System.setProperty("impuls.base-url", "https://impuls-kl.de");
        Settings settings = Settings.fromEnvironment(WAR);

        assertThat(settings.listenAddress()).isEqualTo("0.0.0.0");
        assertThat(settings.listeningNote()).isEqualTo("listening on 0.0.0.0:8080");
    }
}
