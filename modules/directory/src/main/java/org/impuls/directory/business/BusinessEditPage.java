package org.impuls.directory.business;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.impuls.core.api.Caller;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.PageAccess;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.directory.hours.WeekForm;

/** Backs {@code /backoffice/directory/business.xhtml?id=}: staff edit their business's profile. */
@Named("businessEdit")
@ViewScoped
public class BusinessEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessAccess access;

    @Inject
    BusinessEditor editor;

    @Inject
    BusinessPhotos photos;

    @Inject
    Businesses businesses;

    @Inject
    FormFeedback feedback;

    @Inject
    Caller caller;

    private Long id;
    private transient Business business;
    private BusinessForm form;
    private WeekForm week;
    private String osmHours;
    private transient Part logoFile;
    private transient Part photoFile;

    public void load() {
        business = PageAccess.loadOrRefuse(() -> id == null ? null : access.editable(id));
        if (business != null) {
            form = BusinessForm.of(business);
            week = WeekForm.from(business.getOpeningHours());
            osmHours = business.getOpeningHours();
        }
    }

    public void save() {
        try {
            form.setOpeningHours(week.toOsm());
            business = editor.update(id, form);
            osmHours = business.getOpeningHours();
            feedback.info(business.hasPendingChange() ? "directory.edit.saved-for-review" : "directory.edit.saved");
        } catch (InvalidInputException refusal) {
            feedback.refusal(refusal, "profile", "directory");
        }
    }

    /** Takes hours pasted in OSM syntax (e.g. from OpenStreetMap) into the week form; saving stores them. */
    public void takeOsmHours() {
        try {
            week = WeekForm.from(osmHours);
        } catch (InvalidInputException refusal) {
            feedback.refusal(new InvalidInputException("osmHours", refusal.getMessage()), "profile", "directory");
        }
    }

    public void addClosure() {
        week.addClosure();
    }

    public void removeClosure(WeekForm.Closure closure) {
        week.removeClosure(closure);
    }

    public void uploadLogo() {
        upload(logoFile, true);
    }

    public void uploadPhoto() {
        upload(photoFile, false);
    }

    private void upload(Part file, boolean logo) {
        if (file == null || file.getSize() == 0) {
            feedback.refusal(
                    new InvalidInputException(logo ? "logo" : "photo", "choose an image file first"),
                    "images",
                    "directory");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            long accountId = caller.accountId().orElseThrow();
            if (logo) {
                photos.replaceLogo(id, content, file.getSubmittedFileName(), accountId);
            } else {
                photos.addPhoto(id, content, file.getSubmittedFileName(), accountId);
            }
            feedback.info("directory.edit.uploaded");
        } catch (InvalidInputException refusal) {
            feedback.refusal(
                    new InvalidInputException(logo ? "logo" : "photo", refusal.getMessage()), "images", "directory");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reload();
    }

    public void removeLogo() {
        photos.removeLogo(id);
        reload();
    }

    public void removePhoto(long mediaId) {
        photos.removePhoto(id, mediaId);
        reload();
    }

    private void reload() {
        business = access.editable(id);
    }

    public List<SelectItem> getCategoryItems() {
        return businesses.categoryChoices(feedback.locale());
    }

    public Business getBusiness() {
        if (business == null && id != null) {
            reload();
        }
        return business;
    }

    /** A photo on the page: its id (for removing) and its URL. */
    public record Photo(long id, String url) {}

    public List<Photo> getPhotos() {
        return getBusiness().getPhotoIds().stream()
                .map(p -> new Photo(p, BusinessPhotos.thumbnailUrl(p)))
                .toList();
    }

    public String getLogoUrl() {
        Long logo = getBusiness().getLogoMediaId();
        return logo == null ? null : BusinessPhotos.thumbnailUrl(logo);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BusinessForm getForm() {
        return form;
    }

    public WeekForm getWeek() {
        return week;
    }

    public String getOsmHours() {
        return osmHours;
    }

    public void setOsmHours(String osmHours) {
        this.osmHours = osmHours;
    }

    public Part getLogoFile() {
        return logoFile;
    }

    public void setLogoFile(Part logoFile) {
        this.logoFile = logoFile;
    }

    public Part getPhotoFile() {
        return photoFile;
    }

    public void setPhotoFile(Part photoFile) {
        this.photoFile = photoFile;
    }
}
