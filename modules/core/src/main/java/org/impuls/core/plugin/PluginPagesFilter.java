package org.impuls.core.plugin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A plugin's pages ({@code /<id>/…}, {@code /backoffice/<id>/…}, {@code /admin/<id>/…}) are not
 * found while the plugin is not enabled, even by direct URL.
 */
public class PluginPagesFilter extends HttpFilter {

    @Inject
    PluginRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String[] segments = request.getRequestURI()
                .substring(request.getContextPath().length())
                .split("/");
        String first = segments.length > 1 ? segments[1] : "";
        String area =
                first.equals("admin") || first.equals("backoffice") ? (segments.length > 2 ? segments[2] : "") : first;
        if (registry.isKnown(area) && !registry.isActive(area)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
