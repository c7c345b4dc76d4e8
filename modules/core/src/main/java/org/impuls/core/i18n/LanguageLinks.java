package org.impuls.core.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.impuls.core.config.PublicAddress;

/**
 * The URL of the current page in another language: the same address with {@code lang=} set. Used
 * by the language switch and the {@code hreflang} links, so that each language version of a page
 * has its own stable URL.
 */
@Named
@RequestScoped
public class LanguageLinks {

    private static final Pattern LEADING_SLASHES = Pattern.compile("^[/\\\\]*");

    @Inject
    HttpServletRequest request;

    @Inject
    PublicAddress address;

    /** Relative link for the switch, e.g. {@code /suche?q=brot&lang=en}. */
    public String relative(String languageCode) {
        return pagePath() + query(languageCode);
    }

    /** Absolute link for {@code hreflang}; without a language it is the x-default address. */
    public String absolute(String languageCode) {
        return address.origin() + pagePath().substring(request.getContextPath().length()) + query(languageCode);
    }

    private String pagePath() {
        // after a forward (pretty URLs, error pages) the address the visitor sees is the original one
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (original == null) {
            original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        }
        return onThePortal(original != null ? (String) original : request.getRequestURI());
    }

    /**
     * The path with one leading slash: a request for {@code //evil.example/x} (its 404 page links the
     * other languages) must not yield {@code //evil.example/x?lang=en}, which browsers read as another host.
     */
    static String onThePortal(String path) {
        return LEADING_SLASHES.matcher(path).replaceFirst("/");
    }

    private String query(String languageCode) {
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwardedQuery != null ? (String) forwardedQuery : request.getQueryString();
        String others = query == null
                ? ""
                : Arrays.stream(query.split("&"))
                        .filter(part -> !part.isEmpty() && !part.startsWith(LanguageFilter.PARAMETER + "="))
                        .collect(Collectors.joining("&"));
        String language = languageCode == null || languageCode.isEmpty()
                ? ""
                : LanguageFilter.PARAMETER + "=" + URLEncoder.encode(languageCode, StandardCharsets.UTF_8);
        String joined = others.isEmpty() ? language : language.isEmpty() ? others : others + "&" + language;
        return joined.isEmpty() ? "" : "?" + joined;
    }
}
