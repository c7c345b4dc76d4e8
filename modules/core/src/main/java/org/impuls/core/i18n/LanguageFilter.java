package org.impuls.core.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides the language of each request: an explicit {@code ?lang=} (then remembered in a cookie for
 * a year), else the remembered choice, else the browser's {@code Accept-Language}, else German.
 * REST requests ({@code /api/…}) neither read nor set the cookie: an API answer depends on its own
 * URL and headers only, and an API call does not change the language of later pages.
 * Mapped in the core's {@code web-fragment.xml}, before routing; read it through {@link CurrentLanguage}.
 */
public class LanguageFilter extends HttpFilter {

    static final String COOKIE = "impuls_lang";
    static final String PARAMETER = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = onTheApi(request.getContextPath(), requestedPath(request));
        Optional<Language> explicit = Language.fromCode(fromQuery(request.getQueryString()));
        if (!api) {
            explicit.ifPresent(language -> remember(language, request, response));
        }
        String remembered = api ? null : remembered(request);
        CurrentLanguage.set(request, choose(explicit, Language.fromCode(remembered), browserLanguages(request)));
        chain.doFilter(request, response);
    }

    /** The one rule: the explicit choice, else the remembered one, else the browser's first supported language, else German. */
    static Language choose(Optional<Language> explicit, Optional<Language> remembered, List<Locale> browser) {
        return explicit.or(() -> remembered)
                .or(() -> browser.stream()
                        .map(locale -> Language.fromCode(locale.getLanguage()))
                        .flatMap(Optional::stream)
                        .findFirst())
                .orElse(Language.standard());
    }

    static boolean onTheApi(String contextPath, String path) {
        return path.startsWith(contextPath + "/api/");
    }

    /** On an error dispatch the original address counts: a refused API call stays an API call. */
    private static String requestedPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String path ? path : request.getRequestURI();
    }

    /**
     * Only the query string counts: reading parameters here would parse a posted form before the
     * character encoding is set, and a form field called "lang" must not switch the language.
     */
    static String fromQuery(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(PARAMETER + "=")) {
                return pair.substring(PARAMETER.length() + 1);
            }
        }
        return null;
    }

    private static String remembered(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** Ordered by the q-values the browser sent; without the header the container would add its own default. */
    private static List<Locale> browserLanguages(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales());
    }

    private static void remember(Language language, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
