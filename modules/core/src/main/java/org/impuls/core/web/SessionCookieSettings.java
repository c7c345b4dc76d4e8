package org.impuls.core.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly, and behind HTTPS (an {@code https://} base URL) only
 * ever sent encrypted.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean https = ConfigProvider.getConfig().getOptionalValue("impuls.base-url", String.class)
                .map(url -> url.startsWith("https://")).orElse(false);
        event.getServletContext().getSessionCookieConfig().setSecure(https);
        event.getServletContext().getSessionCookieConfig().setName("IMPULS_SESSION");
        event.getServletContext().getSessionCookieConfig().setHttpOnly(true);
        // SameSite=Lax comes from payara-web.xml: Payara ignores the attribute when set here
    }
}
