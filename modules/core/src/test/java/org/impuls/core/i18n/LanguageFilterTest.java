package org.impuls.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order ?lang= → cookie → Accept-Language → German, for pages and for REST requests. */
class LanguageFilterTest {

    private static final String GERMAN_BROWSER = "de-DE,de;q=0.9";
    private static final Cookie REMEMBERED_ENGLISH = new Cookie(LanguageFilter.COOKIE, "en");

    private final List<Cookie> setCookies = new ArrayList<>();

    @Test
    void anExplicitChoiceWinsAndIsRememberedOnPages() {
        assertThat(decide("/portal/suche", "q=brot&lang=en", GERMAN_BROWSER, null))
                .isEqualTo(Language.EN);
        assertThat(setCookies).singleElement().satisfies(cookie -> {
            assertThat(cookie.getName()).isEqualTo("impuls_lang");
            assertThat(cookie.getValue()).isEqualTo("en");
        });
    }

    @Test
    void theRememberedChoiceWinsOverTheBrowserOnPages() {
        assertThat(decide("/portal/", null, GERMAN_BROWSER, REMEMBERED_ENGLISH)).isEqualTo(Language.EN);
    }

    @Test
    void restRequestsFollowLangAndAcceptLanguageButNeverTheCookie() {
        assertThat(decide("/portal/api/shop/products", null, GERMAN_BROWSER, REMEMBERED_ENGLISH))
                .isEqualTo(Language.DE);
        assertThat(decide("/portal/api/shop/products", "lang=en", GERMAN_BROWSER, null))
                .isEqualTo(Language.EN);
        assertThat(decide("/portal/api/shop/products", null, "en-GB", null)).isEqualTo(Language.EN);
        assertThat(setCookies).as("an API call does not change later pages").isEmpty();
    }

    @Test
    void theBrowsersFirstSupportedLanguageCounts() {
        assertThat(decide("/portal/", null, "fr-FR,fr;q=0.9,en;q=0.8,de;q=0.7", null))
                .isEqualTo(Language.EN);
    }

    @Test
    void germanWhenNothingElseSaysOtherwise() {
        assertThat(decide("/portal/", null, null, null)).isEqualTo(Language.DE);
        assertThat(decide("/portal/", "lang=fr", "fr-FR", new Cookie(LanguageFilter.COOKIE, "xx")))
                .isEqualTo(Language.DE);
        assertThat(setCookies).as("an unsupported choice is not remembered").isEmpty();
    }

    @Test
    void onlyAddressesUnderApiAreRestRequests() {
        assertThat(LanguageFilter.onTheApi("", "/api/core/search")).isTrue();
        assertThat(LanguageFilter.onTheApi("/portal", "/portal/api/core/search"))
                .isTrue();
        assertThat(LanguageFilter.onTheApi("", "/apiary")).isFalse();
        assertThat(LanguageFilter.onTheApi("/portal", "/api/core/search")).isFalse();
    }

    /** Runs the filter on a request with this path, query, Accept-Language and cookie; the language the page or resource sees. */
    private Language decide(String uri, String query, String acceptLanguage, Cookie cookie) {
        Map<String, Object> attributes = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "/portal";
                    case "getQueryString" -> query;
                    case "getHeader" -> "Accept-Language".equals(args[0]) ? acceptLanguage : null;
                    case "getLocales" -> Collections.enumeration(locales(acceptLanguage));
                    case "getCookies" -> cookie == null ? null : new Cookie[] {cookie};
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "isSecure" -> false;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("addCookie")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    setCookies.add((Cookie) args[0]);
                    return null;
                });
        try {
            new LanguageFilter().doFilter(request, response, (req, res) -> {});
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        CurrentLanguage current = new CurrentLanguage();
        current.request = request;
        return current.language();
    }

    /** As a servlet container orders them: by q-value, highest first. */
    private static List<Locale> locales(String acceptLanguage) {
        if (acceptLanguage == null) {
            return List.of(Locale.getDefault());
        }
        return Locale.LanguageRange.parse(acceptLanguage).stream()
                .map(range -> Locale.forLanguageTag(range.getRange()))
                .toList();
    }
}
