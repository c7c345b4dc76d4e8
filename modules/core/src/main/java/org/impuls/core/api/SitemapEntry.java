package org.impuls.core.api;

import java.time.Instant;

/** A public page for {@code sitemap.xml}: its path (without language parameter) and last change. */
public record SitemapEntry(String path, Instant lastModified) {}
