package org.impuls.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    @Test
    void aWriteFromThePortalsConfiguredAddressIsThePortals() {
        assertThat(PublicAddress.sameOrigin("https://impuls-kl.de", "https://impuls-kl.de"))
                .isTrue();
        assertThat(PublicAddress.sameOrigin("https://impuls-kl.de/konto?x=1", "https://impuls-kl.de"))
                .isTrue();
        assertThat(PublicAddress.sameOrigin("https://impuls-kl.de:443", "https://impuls-kl.de"))
                .isTrue();
    }

    @Test
    void anyOtherSchemeHostOrPortIsForeign() {
        assertThat(PublicAddress.sameOrigin("https://evil.example", "https://impuls-kl.de"))
                .isFalse();
        assertThat(PublicAddress.sameOrigin("http://impuls-kl.de", "https://impuls-kl.de"))
                .isFalse();
        assertThat(PublicAddress.sameOrigin("https://impuls-kl.de:8443", "https://impuls-kl.de"))
                .isFalse();
        assertThat(PublicAddress.sameOrigin("null", "https://impuls-kl.de")).isFalse();
        assertThat(PublicAddress.sameOrigin("https://impuls-kl.de.evil.example", "https://impuls-kl.de"))
                .isFalse();
    }

    @Test
    void aPortalOnLocalhostTakesEveryLoopbackNameOnItsPortForItself() {
        assertThat(PublicAddress.sameOrigin("http://127.0.0.1:8080", "http://localhost:8080"))
                .isTrue();
        assertThat(PublicAddress.sameOrigin("http://[::1]:8080", "http://localhost:8080"))
                .isTrue();
        assertThat(PublicAddress.sameOrigin("http://127.0.0.1:9090", "http://localhost:8080"))
                .isFalse();
        assertThat(PublicAddress.sameOrigin("http://127.0.0.1:8080", "https://impuls-kl.de"))
                .isFalse();
    }
}
