package org.impuls.directory.business;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impuls.core.api.ContentSecurityContributor;
import org.impuls.core.api.Settings;
import org.impuls.directory.DirectoryModule;

/**
 * The map's tile server and its attribution, as the operator set them ({@code #{directoryMap}} in pages);
 * the tile server is the one origin outside the portal that pages may load images from.
 */
@Named("directoryMap")
@ApplicationScoped
public class DirectoryMap implements ContentSecurityContributor {

    /** scheme and host (with port) of a tile URL template; a leading "{s}." subdomain becomes a wildcard. */
    private static final Pattern ORIGIN = Pattern.compile("^(https?://)(\\{[a-z]\\}\\.)?([^/?#{}]+)");

    @Inject
    Settings settings;

    public String getTileUrl() {
        return settings.text(DirectoryModule.ID, DirectoryModule.MAP_TILE_URL);
    }

    public String getAttribution() {
        return settings.text(DirectoryModule.ID, DirectoryModule.MAP_ATTRIBUTION);
    }

    /** The tile server's host, named to the visitor before they agree to load from it. */
    public String getTileHost() {
        try {
            return java.net.URI.create(getTileUrl().replaceAll("[{}]", "")).getHost();
        } catch (IllegalArgumentException unreadable) {
            return getTileUrl();
        }
    }

    @Override
    public List<String> imageSources() {
        return tileOrigin(getTileUrl()).map(List::of).orElse(List.of());
    }

    /** {@code https://{s}.tile.example/{z}/{x}/{y}.png} → {@code https://*.tile.example}; nothing for other URLs. */
    static Optional<String> tileOrigin(String tileUrl) {
        Matcher origin = ORIGIN.matcher(tileUrl == null ? "" : tileUrl.strip());
        if (!origin.find()) {
            return Optional.empty();
        }
        return Optional.of(origin.group(1)
                + (origin.group(2) == null ? "" : "*.")
                + origin.group(3).toLowerCase());
    }
}
