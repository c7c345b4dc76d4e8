package org.impuls.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.impuls.core.config.PortalConfig;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private final Map<String, List<String>> headers = new LinkedHashMap<>();

    @Test
    void strictTransportSecurityFollowsAnHttpsPublicAddressThoughTheProxySpeaksPlainHttpToThePortal() throws Exception {
        filter("https://impuls-kl.de").doFilter(plainHttpRequest(), response(), (request, response) -> {});

        assertThat(headers.get("Strict-Transport-Security")).containsExactly("max-age=31536000");
    }

    @Test
    void noStrictTransportSecurityForAnHttpAddressOrNone() throws Exception {
        filter("http://localhost:8080").doFilter(plainHttpRequest(), response(), (request, response) -> {});
        filter(null).doFilter(plainHttpRequest(), response(), (request, response) -> {});

        assertThat(headers).doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void aPageSendsOnePolicyItsOwnWithTheNonceInPlaceOfTheStrictOne() throws Exception {
        filter(null)
                .doFilter(
                        plainHttpRequest(),
                        response(),
                        (request, response) -> ((HttpServletResponse) response)
                                .addHeader("Content-Security-Policy", "script-src 'self' 'nonce-abc';"));

        assertThat(headers.get("Content-Security-Policy")).containsExactly("script-src 'self' 'nonce-abc';");
    }

    @Test
    void everythingElseGetsTheStrictPolicy() throws Exception {
        filter(null).doFilter(plainHttpRequest(), response(), (request, response) -> {});

        assertThat(headers.get("Content-Security-Policy")).containsExactly(ContentSecurityPolicy.OTHER_RESPONSES);
    }

    private static SecurityHeadersFilter filter(String baseUrl) {
        SecurityHeadersFilter filter = new SecurityHeadersFilter();
        filter.config = new PortalConfig() {
            @Override
            public Optional<String> baseUrl() {
                return Optional.ofNullable(baseUrl);
            }
        };
        return filter;
    }

    private static HttpServletRequest plainHttpRequest() {
        return (HttpServletRequest) Proxy.newProxyInstance(
                SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> false;
                    case "getScheme" -> "http";
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(
                SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        case "addHeader" ->
                            headers.computeIfAbsent((String) args[0], name -> new ArrayList<>())
                                    .add((String) args[1]);
                        default -> {}
                    }
                    return null;
                });
    }
}
