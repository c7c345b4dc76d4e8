package org.impuls.core.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The portal-wide settings (environment variables such as {@code IMPULS_DEMO} map onto these). */
@ApplicationScoped
public class PortalConfig {

    @Inject
    @ConfigProperty(name = "impuls.demo", defaultValue = "false")
    boolean demoMode;

    @Inject
    @ConfigProperty(name = "impuls.base-url")
    Optional<String> baseUrl;

    /** Demo data and demo conveniences are on: by default only with the embedded database. */
    public boolean demoMode() {
        return demoMode;
    }

    /**
     * The public address of the portal, e.g. {@code https://impuls-kl.de}, for absolute links; the launcher
     * always sets it (demo mode: {@code http://localhost:<port>}).
     */
    public Optional<String> baseUrl() {
        return baseUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
}
