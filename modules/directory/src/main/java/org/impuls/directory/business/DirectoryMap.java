package org.impuls.directory.business;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.impuls.core.api.Settings;
import org.impuls.directory.DirectoryModule;

/** The map's tile server and its attribution, as the operator set them ({@code #{directoryMap}} in pages). */
@Named("directoryMap")
@ApplicationScoped
public class DirectoryMap {

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
}
