package org.impuls.core.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;

/**
 * Decides the language of each request: an explicit {@code ?lang=} (then remembered in a cookie for
 * a year), else the remembered choice, else the browser's {@code Accept-Language}, else German.
 * Mapped in the core's {@code web-fragment.xml}, before routing.
 */
public class LanguageFilter extends HttpFilter {

    static final String COOKIE = "impuls_lang";
    static final String PARAMETER = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Language> explicit = Language.fromCode(fromQuery(request.getQueryString()));
        explicit.ifPresent(language -> remember(language, request, response));
        Language language = explicit
                .or(() -> remembered(request))
                .orElseGet(() -> fromBrowser(request));
        CurrentLanguage.set(request, language);
        chain.doFilter(request, response);
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

    private static Optional<Language> remembered(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return Language.fromCode(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static Language fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Language.standard();
        }
        // getLocales() is ordered by the q-values the browser sent
        for (var locale : Collections.list(request.getLocales())) {
            Optional<Language> supported = Language.fromCode(locale.getLanguage());
            if (supported.isPresent()) {
                return supported.get();
            }
        }
        return Language.standard();
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
