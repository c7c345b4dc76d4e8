package org.impuls.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageLinksTest {

    @Test
    void aPathThatBrowsersWouldReadAsAnotherHostStaysOnThePortal() {
        assertThat(LanguageLinks.onThePortal("//evil.example/x")).isEqualTo("/evil.example/x");
        assertThat(LanguageLinks.onThePortal("/\\evil.example/x")).isEqualTo("/evil.example/x");
        assertThat(LanguageLinks.onThePortal("///evil.example")).isEqualTo("/evil.example");
    }

    @Test
    void anOrdinaryPathIsKept() {
        assertThat(LanguageLinks.onThePortal("/betriebe/baeckerei-mueller")).isEqualTo("/betriebe/baeckerei-mueller");
        assertThat(LanguageLinks.onThePortal("/")).isEqualTo("/");
    }
}
