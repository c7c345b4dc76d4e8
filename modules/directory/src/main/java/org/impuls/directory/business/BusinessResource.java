package org.impuls.directory.business;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;
import org.impuls.directory.api.BusinessSummary;

/** {@code GET /api/directory/businesses?q=&category=&page=&size=} and {@code GET /api/directory/businesses/{slug}}. */
@Path("directory/businesses")
@Produces(MediaType.APPLICATION_JSON)
public class BusinessResource {

    /** A business's public profile. */
    public record BusinessProfile(BusinessSummary summary, String description, String phone, String email, String website,
                                  String openingHours, Double latitude, Double longitude) {
    }

    @Inject
    Businesses businesses;

    @GET
    public ResultPage<BusinessSummary> search(@QueryParam("q") String q, @QueryParam("category") String category,
                                              @QueryParam("page") @DefaultValue("1") int page,
                                              @QueryParam("size") @DefaultValue("20") int size,
                                              @HeaderParam("Accept-Language") String language) {
        Locale locale = locale(language);
        return businesses.search(q, category, new PageRequest(page, size)).map(b -> Businesses.summary(b, locale));
    }

    @GET
    @Path("{slug}")
    public BusinessProfile profile(@PathParam("slug") String slug, @HeaderParam("Accept-Language") String language) {
        Business business = businesses.publicBySlug(slug)
                .orElseThrow(() -> new NotFoundException("There is no public business '" + slug + "'."));
        Locale locale = locale(language);
        return new BusinessProfile(Businesses.summary(business, locale), business.description(locale), business.getPhone(),
                business.getEmail(), business.getWebsite(), business.getOpeningHours(), business.getLatitude(), business.getLongitude());
    }

    private static Locale locale(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.GERMAN;
    }
}
