package org.impuls.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void pagesRunOnlyTheirOwnScriptsAndShowImagesOfThePortalAndTheContributedOrigins() {
        String policy = ContentSecurityPolicy.forPages(new LinkedHashSet<>(List.of("https://tile.openstreetmap.org")));

        assertThat(policy)
                .endsWith("script-src 'self'") // PrimeFaces appends the nonce here
                .contains(
                        "img-src 'self' data: https://tile.openstreetmap.org;",
                        "object-src 'none'",
                        "frame-ancestors 'self'")
                .doesNotContain("unsafe-eval", "https:;", "https: ");
        assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("unsafe-inline");
    }

    @Test
    void onlyOriginsMayJoinThePolicyNeverADirective() {
        assertThat(ContentSecurityPolicy.isOrigin("https://tile.openstreetmap.org"))
                .isTrue();
        assertThat(ContentSecurityPolicy.isOrigin("https://*.tile.example:8443"))
                .isTrue();
        assertThat(ContentSecurityPolicy.isOrigin("http://127.0.0.1:9")).isTrue();

        assertThat(ContentSecurityPolicy.isOrigin("https://tiles.example; script-src *"))
                .isFalse();
        assertThat(ContentSecurityPolicy.isOrigin("https://tiles.example 'unsafe-inline'"))
                .isFalse();
        assertThat(ContentSecurityPolicy.isOrigin("https:")).isFalse();
        assertThat(ContentSecurityPolicy.isOrigin("*")).isFalse();
        assertThat(ContentSecurityPolicy.isOrigin("data:")).isFalse();
        assertThat(ContentSecurityPolicy.isOrigin("https://tiles.example/{z}")).isFalse();
        assertThat(ContentSecurityPolicy.isOrigin(null)).isFalse();
    }

    @Test
    void otherResponsesRunNothing() {
        assertThat(ContentSecurityPolicy.OTHER_RESPONSES)
                .startsWith("default-src 'none'")
                .doesNotContain("script-src");
    }
}
