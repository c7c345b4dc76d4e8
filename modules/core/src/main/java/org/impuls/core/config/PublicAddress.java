package org.impuls.core.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    /** E.g. {@code https://impuls-kl.de}, without a trailing slash. */
    public String origin() {
        // the launcher always sets it (demo mode: http://localhost:<port>) and refuses to start without it otherwise
        return config.baseUrl()
                .orElseThrow(() -> new IllegalStateException(
                        "impuls.base-url (IMPULS_BASE_URL) is not set: the portal cannot make absolute links"));
    }
}
