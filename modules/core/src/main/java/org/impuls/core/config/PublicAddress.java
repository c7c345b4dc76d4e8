package org.impuls.core.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.impuls.core.api.PortalLinks;

/** The portal's public origin (scheme, host, port): configured, else as the request reached us. */
@ApplicationScoped
public class PublicAddress implements PortalLinks {

    @Inject
    PortalConfig config;

    @Inject
    HttpServletRequest currentRequest;

    @Override
    public String absolute(String path) {
        return origin(currentRequest) + path;
    }

    public String origin(HttpServletRequest request) {
        return config.baseUrl().orElseGet(() -> {
            String scheme = request.getScheme();
            int port = request.getServerPort();
            boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
        });
    }
}
