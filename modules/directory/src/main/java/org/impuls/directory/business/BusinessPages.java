package org.impuls.directory.business;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import org.impuls.core.api.InvalidInputException;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;
import org.impuls.directory.hours.OpeningHours;

/** Backs {@code /betriebe} (search with category filter and paging) and {@code /betriebe/<slug>} (profile). */
@Named("directory")
@RequestScoped
public class BusinessPages {

    @Inject
    Businesses businesses;

    @Inject
    Clock clock;

    private String slug;
    private String query;
    private String category;
    private int page = 1;
    private Business business;
    private ResultPage<Business> results;

    public void loadProfile() throws IOException {
        business = slug == null ? null : businesses.publicBySlug(slug).orElse(null);
        if (business == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such business");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void search() {
        try {
            results = businesses.search(query, category, new PageRequest(Math.max(1, page), 20));
        } catch (InvalidInputException refusal) {
            results = businesses.search(null, null, PageRequest.first());
        }
    }

    public List<Category> getCategories() {
        return businesses.categories();
    }

    /** Whether the profile's business is open right now; null when it gave no opening hours. */
    public Boolean getOpenNow() {
        if (business == null || business.getOpeningHours() == null) {
            return null;
        }
        return OpeningHours.parse(business.getOpeningHours()).isOpenAt(ZonedDateTime.now(clock));
    }

    public Business getBusiness() {
        return business;
    }

    public ResultPage<Business> getResults() {
        return results;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
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

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
