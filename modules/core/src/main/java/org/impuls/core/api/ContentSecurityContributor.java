package org.impuls.core.api;

import java.util.List;

/**
 * Extension point: origins outside the portal that a module's pages load images from (the directory's map
 * tiles), added to the pages' Content-Security-Policy. Everything else comes from the portal itself.
 */
public interface ContentSecurityContributor {

    /**
     * Origins such as {@code https://tile.openstreetmap.org} or {@code https://*.tile.example}, without a path;
     * anything else is left out of the policy (and logged), so a setting can never add a directive.
     */
    List<String> imageSources();
}
