package org.impuls.core.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly, and when the portal's public address is {@code https://} only ever sent
 * encrypted. The configured address decides, not the request's scheme: behind a TLS-terminating proxy the
 * portal itself is reached over plain HTTP.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean https = ConfigProvider.getConfig()
                .getOptionalValue("impuls.base-url", String.class)
                .map(url -> url.startsWith("https://"))
                .orElse(false);
        event.getServletContext().getSessionCookieConfig().setSecure(https);
        event.getServletContext().getSessionCookieConfig().setName("IMPULS_SESSION");
        event.getServletContext().getSessionCookieConfig().setHttpOnly(true);
        // SameSite=Lax comes from payara-web.xml: Payara ignores the attribute when set here
    }
}
