package org.impuls.core.api;

import java.util.Objects;

/**
 * One link in an area's navigation.
 *
 * @param area where the link appears
 * @param labelKey message key of the link text (see {@code i18n/messages_de.properties})
 * @param path the link's path inside the portal, e.g. {@code /admin/core/legal}
 * @param order position; lower comes first
 * @param icon a PrimeIcons class such as {@code pi pi-book}, or empty
 */
public record MenuEntry(Area area, String labelKey, String path, int order, String icon) {

    public MenuEntry {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(path, "path");
        icon = icon == null ? "" : icon;
    }
}
