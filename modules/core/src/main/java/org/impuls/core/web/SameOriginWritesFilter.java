package org.impuls.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
        return source != null && !source.isBlank() && address.isOwn(source.strip());
    }
}
