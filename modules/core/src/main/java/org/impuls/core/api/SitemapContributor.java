package org.impuls.core.api;

import java.util.List;

/** Extension point: the public pages a module adds to {@code sitemap.xml}. */
public interface SitemapContributor {

    List<SitemapEntry> sitemapEntries();
}
