package org.impuls.directory.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.SearchHit;
import org.impuls.core.api.SearchProvider;
import org.impuls.directory.hours.OpeningHours;

/** Businesses in the header search, found the same way as on {@code /betriebe}. */
@ApplicationScoped
public class DirectorySearchProvider implements SearchProvider {

    @Inject
    DirectorySearch search;

    @Inject
    Clock clock;

    @Override
    public String id() {
        return "directory";
    }

    @Override
    public String groupLabelKey() {
        return "directory.search.group";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<SearchHit> search(String query, Locale locale, int limit) {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(OpeningHours.BERLIN);
        return search
                .search(DirectorySearch.Criteria.text(query, now), new PageRequest(1, limit), locale)
                .page()
                .items()
                .stream()
                .map(b -> new SearchHit(b.name(), b.street() + ", " + b.postalCode() + " " + b.city(), b.url()))
                .toList();
    }
}
