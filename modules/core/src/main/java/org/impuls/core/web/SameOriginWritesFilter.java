package org.impuls.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.impuls.core.config.PublicAddress;

/**
 * CSRF protection for the REST API: a write (POST, PUT, PATCH, DELETE) that would be authenticated
 * by the session cookie must come from a page of the portal itself (Origin or Referer). Bearer-token
 * clients send no cookie and are not affected; JSF forms are protected by their view state.
 */
public class SameOriginWritesFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    PublicAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod())
                || !carriesSessionCookie(request)
                || hasBearerToken(request)
                || comesFromThePortal(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.getWriter()
                .write(
                        "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                                + "\"detail\":\"A cookie-authenticated change must come from a page of this portal (cross-site request refused).\"}");
    }

    private static boolean carriesSessionCookie(HttpServletRequest request) {
        return request.getRequestedSessionId() != null;
    }

    private static boolean hasBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private boolean comesFromThePortal(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null || source.isBlank()) {
            source = request.getHeader("Referer");
        }
        return source != null && !source.isBlank() && sameOrigin(source.strip(), address.origin());
    }

    /**
     * Whether {@code source} (an Origin or Referer) is on the portal's configured address: same scheme, host
     * and port. A portal addressed by a loopback name (demo mode: {@code http://localhost:8080}) takes every
     * loopback name for itself, so that a visitor who opened {@code http://127.0.0.1:8080} is not refused;
     * no foreign site can be served from this machine's loopback interface on the portal's own port.
     */
    static boolean sameOrigin(String source, String portalAddress) {
        try {
            URI from = URI.create(source);
            URI portal = URI.create(portalAddress);
            return from.getScheme() != null
                    && from.getScheme().equalsIgnoreCase(portal.getScheme())
                    && from.getHost() != null
                    && sameHost(from.getHost(), portal.getHost())
                    && effectivePort(from) == effectivePort(portal);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean sameHost(String one, String other) {
        return one.equalsIgnoreCase(other) || (isLoopback(one) && isLoopback(other));
    }

    private static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost")
                || name.matches("127(\\.\\d{1,3}){3}")
                || name.equals("[::1]")
                || name.equals("::1");
    }

    private static int effectivePort(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
