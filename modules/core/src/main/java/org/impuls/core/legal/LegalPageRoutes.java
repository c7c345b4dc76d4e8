package org.impuls.core.legal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.impuls.core.api.PageRoute;
import org.impuls.core.api.RouteContributor;
import org.impuls.core.api.SitemapContributor;
import org.impuls.core.api.SitemapEntry;

/** {@code /impressum}, {@code /datenschutz}, {@code /nutzungsbedingungen}: in routes and the sitemap. */
@ApplicationScoped
public class LegalPageRoutes implements RouteContributor, SitemapContributor {

    @Override
    public List<PageRoute> routes() {
        return Arrays.stream(LegalPageKind.values())
                .map(kind -> new PageRoute(kind.path(), "/legal.xhtml?page=" + kind.slug()))
                .toList();
    }

    @Inject
    LegalPages pages;

    @Override
    public List<SitemapEntry> sitemapEntries() {
        Map<LegalPageKind, Instant> lastChange = pages.all().stream()
                .collect(Collectors.toMap(
                        LegalPage::getKind, LegalPage::getUpdatedAt, BinaryOperator.maxBy(Instant::compareTo)));
        return Arrays.stream(LegalPageKind.values())
                .map(kind -> new SitemapEntry(kind.path(), lastChange.get(kind)))
                .toList();
    }
}
