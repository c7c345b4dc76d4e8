package org.impuls.core.sitemap;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.impuls.core.config.PublicAddress;

/** {@code robots.txt}: the storefront may be indexed, the back office, admin and API may not. */
@WebServlet(urlPatterns = "/robots.txt")
public class RobotsServlet extends HttpServlet {

    @Inject
    PublicAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print("""
                User-agent: *
                Disallow: /backoffice/
                Disallow: /admin/
                Disallow: /api/
                Sitemap: %s/sitemap.xml
                """.formatted(address.origin()));
    }
}
