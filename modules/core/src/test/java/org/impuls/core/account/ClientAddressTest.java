package org.impuls.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("10.0.0.2");

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertThat(ClientAddress.resolve("198.51.100.7", List.of("203.0.113.1"), Set.of()))
                .isEqualTo("198.51.100.7");
        assertThat(ClientAddress.resolve("198.51.100.7", List.of("203.0.113.1"), PROXY))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheAddressItSawCountsNotWhatTheClientWroteBeforeIt() {
        assertThat(ClientAddress.resolve("10.0.0.2", List.of("1.2.3.4, 203.0.113.1"), PROXY))
                .isEqualTo("203.0.113.1");
        assertThat(ClientAddress.resolve("10.0.0.2", List.of("1.2.3.4", "203.0.113.1, 10.0.0.2"), PROXY))
                .isEqualTo("203.0.113.1");
        assertThat(ClientAddress.resolve("10.0.0.2", List.of(), PROXY)).isEqualTo("10.0.0.2");
    }
}
