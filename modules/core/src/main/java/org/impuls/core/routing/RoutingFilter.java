package org.impuls.core.routing;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;

/** Forwards a readable URL to the page behind it, passing the path's placeholders as parameters. */
public class RoutingFilter extends HttpFilter {

    @Inject
    Routes routes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Routes.Match> match = routes.match(path);
        if (match.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String parameters = match.get().parameters().entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String view = match.get().route().view();
        String target = parameters.isEmpty() ? view : view + (view.contains("?") ? "&" : "?") + parameters;
        request.getRequestDispatcher(target).forward(request, response);
    }
}
