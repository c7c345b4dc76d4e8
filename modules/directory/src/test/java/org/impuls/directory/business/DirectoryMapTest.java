package org.impuls.directory.business;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectoryMapTest {

    @Test
    void theTileServersOriginIsItsSchemeAndHost() {
        assertThat(DirectoryMap.tileOrigin("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .hasValue("https://tile.openstreetmap.org");
        assertThat(DirectoryMap.tileOrigin("http://127.0.0.1:9/{z}/{x}/{y}.png"))
                .hasValue("http://127.0.0.1:9");
        assertThat(DirectoryMap.tileOrigin("https://Tiles.Example?key=1")).hasValue("https://tiles.example");
    }

    @Test
    void subdomainPlaceholdersBecomeAWildcard() {
        assertThat(DirectoryMap.tileOrigin("https://{s}.tile.example/{z}/{x}/{y}.png"))
                .hasValue("https://*.tile.example");
    }

    @Test
    void anythingElseHasNoOrigin() {
        assertThat(DirectoryMap.tileOrigin("tiles/{z}/{x}/{y}.png")).isEmpty();
        assertThat(DirectoryMap.tileOrigin("javascript:alert(1)")).isEmpty();
        assertThat(DirectoryMap.tileOrigin(null)).isEmpty();
    }
}
