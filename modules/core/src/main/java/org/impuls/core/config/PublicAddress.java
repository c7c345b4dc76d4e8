package org.impuls.core.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import org.impuls.core.api.PortalLinks;

/**
 * The portal's public origin (scheme, host, port, and a path if it is served under one), from
 * {@code IMPULS_BASE_URL} only. Never taken from the request: its {@code Host} header is the client's
 * to choose, and a reset link in a genuine mail must not point wherever an attacker says.
 */
@ApplicationScoped
public class PublicAddress implements PortalLinks {

    @Inject
    PortalConfig config;

    @Override
    public String absolute(String path) {
        return origin() + path;
    }

    @Override
    public boolean isOwn(String address) {
        return sameOrigin(address, origin());
    }

    /** E.g. {@code https://impuls-kl.de}, without a trailing slash. */
    public String origin() {
        // the launcher always sets it (demo mode: http://localhost:<port>) and refuses to start without it otherwise
        return config.baseUrl()
                .orElseThrow(() -> new IllegalStateException(
                        "impuls.base-url (IMPULS_BASE_URL) is not set: the portal cannot make absolute links"));
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
