package org.impuls.core.api;

/**
 * The three areas of the portal, each with one URL rule that covers modules and plugins alike:
 * the public storefront, the merchant back office under {@code /backoffice/<module>/…} and the
 * operator admin under {@code /admin/<module>/…}.
 */
public enum Area {
    STOREFRONT(""),
    BACKOFFICE("/backoffice"),
    ADMIN("/admin");

    private final String pathPrefix;

    Area(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    /** The URL of a page of the given module in this area, e.g. {@code /admin/core/legal}. */
    public String path(String module, String page) {
        return pathPrefix + "/" + module + "/" + page;
    }

    public String pathPrefix() {
        return pathPrefix;
    }
}
