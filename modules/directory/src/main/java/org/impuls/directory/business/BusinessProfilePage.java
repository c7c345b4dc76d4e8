package org.impuls.directory.business;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.impuls.directory.hours.OpeningHours;

/** Backs a business's public profile, {@code /betriebe/<slug>}. */
@Named("businessProfile")
@RequestScoped
public class BusinessProfilePage {

    @Inject
    Businesses businesses;

    @Inject
    Clock clock;

    private String slug;
    private Business business;

    public void loadProfile() throws IOException {
        business = slug == null ? null : businesses.publicBySlug(slug).orElse(null);
        if (business == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such business");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Whether the profile's business is open right now; null when it gave no opening hours. */
    public Boolean getOpenNow() {
        if (business == null || business.getOpeningHours() == null) {
            return null;
        }
        return OpeningHours.parse(business.getOpeningHours()).isOpenAt(ZonedDateTime.now(clock));
    }

    public String getLogoUrl() {
        return business.getLogoMediaId() == null ? null : BusinessPhotos.mediumUrl(business.getLogoMediaId());
    }

    public java.util.List<String> getPhotoUrls() {
        return BusinessPhotos.photoUrls(business);
    }

    public Business getBusiness() {
        return business;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
