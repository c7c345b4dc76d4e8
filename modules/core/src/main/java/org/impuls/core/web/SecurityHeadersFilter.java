package org.impuls.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.impuls.core.config.PortalConfig;

/**
 * Headers that keep browsers from sniffing types, framing the portal elsewhere, leaking addresses in
 * the referrer or running foreign scripts. Every response starts with the strict policy for non-pages;
 * a page's own policy with its nonce ({@link ContentSecurityPolicy}, set by PrimeFaces while it renders)
 * replaces it, since two policies would both apply. HSTS follows the configured public address, so that it
 * is sent behind a proxy that ends TLS too (there the request itself arrives as plain HTTP).
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    @Inject
    PortalConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, ContentSecurityPolicy.OTHER_RESPONSES);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
        if (config.baseUrl().map(url -> url.startsWith("https://")).orElse(false)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A policy added later (PrimeFaces adds its header) takes the place of the one set before. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
