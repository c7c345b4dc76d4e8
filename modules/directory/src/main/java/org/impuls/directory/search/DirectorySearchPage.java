package org.impuls.directory.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.directory.api.BusinessSummary;
import org.impuls.directory.api.GeoPoint;
import org.impuls.directory.business.Businesses;
import org.impuls.directory.business.Category;
import org.impuls.directory.hours.OpeningHours;

/** Backs {@code /betriebe}: text, category, open now, near a postal code, sorting, paging. */
@Named("directory")
@RequestScoped
public class DirectorySearchPage {

    @Inject
    DirectorySearch search;

    @Inject
    Businesses businesses;

    @Inject
    Clock clock;

    @Inject
    FormFeedback feedback;

    private String query;
    private String category;
    private boolean openNow;
    private String near;
    private double radiusKm = 5;
    private String sort;
    private int page = 1;
    private String problem;
    // empty until searched: a parameter Faces cannot convert (?page=abc) skips the search but not the rendering
    private ResultPage<BusinessSummary> results = ResultPage.of(List.of(), 0, PageRequest.first());
    private List<Facet> facets = List.of();

    public void search() {
        try {
            Optional<GeoPoint> point =
                    near == null || near.isBlank() ? Optional.empty() : Optional.of(search.resolve(near));
            double radius = Math.min(DirectorySearch.MAX_RADIUS_KM, Math.max(0.5, radiusKm));
            var criteria = new DirectorySearch.Criteria(
                    query,
                    category,
                    openNow,
                    ZonedDateTime.now(clock).withZoneSameInstant(OpeningHours.BERLIN),
                    point,
                    radius,
                    sort);
            DirectorySearch.Result result = search.search(criteria, new PageRequest(Math.max(1, page), 20), locale());
            results = result.page();
            facets = result.facets();
        } catch (InvalidInputException refusal) {
            // show what was not understood and no hits, rather than hits for a search nobody asked for
            problem = refusal.field().orElse("") + ": " + refusal.getMessage();
            results = ResultPage.of(List.of(), 0, PageRequest.first());
        }
    }

    /** The visitor's language (the view's locale is only set later, while rendering). */
    private Locale locale() {
        return feedback.locale();
    }

    public List<Category> getCategories() {
        return businesses.categories();
    }

    public List<Facet> getFacets() {
        return facets;
    }

    public ResultPage<BusinessSummary> getResults() {
        return results;
    }

    public String getProblem() {
        return problem;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public boolean isOpenNow() {
        return openNow;
    }

    public void setOpenNow(boolean openNow) {
        this.openNow = openNow;
    }

    public String getNear() {
        return near;
    }

    public void setNear(String near) {
        this.near = near;
    }

    public double getRadiusKm() {
        return radiusKm;
    }

    public void setRadiusKm(double radiusKm) {
        this.radiusKm = radiusKm;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
