package org.impuls.directory.search;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.language.RequestLanguage;
import org.impuls.directory.api.BusinessSummary;
import org.impuls.directory.api.GeoPoint;
import org.impuls.directory.hours.OpeningHours;

/**
 * {@code GET /api/directory/businesses?q=&category=&openNow=&near=&radiusKm=&sort=&page=&size=}: public
 * businesses, with their distance when {@code near} (postal code or lat,lon) is given.
 */
@Path("directory/businesses")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // public unless a method says otherwise
public class BusinessSearchResource {

    /** A page of hits (the shape of every list) plus the category facets over all hits. */
    public record SearchAnswer(List<BusinessSummary> items, long total, int page, int size, List<Facet> facets) {}

    @Inject
    DirectorySearch search;

    @Inject
    Clock clock;

    @Inject
    RequestLanguage language;

    @GET
    public SearchAnswer search(
            @QueryParam("q") String q,
            @QueryParam("category") String category,
            @QueryParam("openNow") @DefaultValue("false") boolean openNow,
            @QueryParam("near") String near,
            @QueryParam("radiusKm") @DefaultValue("5") double radiusKm,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (radiusKm <= 0 || radiusKm > DirectorySearch.MAX_RADIUS_KM) {
            throw new InvalidInputException(
                    "radiusKm", "radiusKm must be more than 0 and at most " + (int) DirectorySearch.MAX_RADIUS_KM);
        }
        Optional<GeoPoint> point =
                near == null || near.isBlank() ? Optional.empty() : Optional.of(search.resolve(near));
        var criteria = new DirectorySearch.Criteria(
                q,
                category,
                openNow,
                ZonedDateTime.now(clock).withZoneSameInstant(OpeningHours.BERLIN),
                point,
                radiusKm,
                sort);
        DirectorySearch.Result result = search.search(criteria, new PageRequest(page, size), language.locale());
        return new SearchAnswer(
                result.page().items(),
                result.page().total(),
                result.page().page(),
                result.page().size(),
                result.facets());
    }
}
