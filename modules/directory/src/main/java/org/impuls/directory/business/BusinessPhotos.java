package org.impuls.directory.business;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.List;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.MediaStore;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.directory.api.BusinessChanged;

/** A business's logo and up to {@value #MAX_PHOTOS} photos, stored through the core's media store. */
@ApplicationScoped
public class BusinessPhotos {

    static final int MAX_PHOTOS = 12;

    @Inject
    MediaStore media;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessAccess access;

    /** The profile shows other pictures now (and {@link ProfileImageVisibility} tells the media store). */
    @Inject
    Event<BusinessChanged> changed;

    @Transactional
    public MediaStore.StoredImage replaceLogo(long businessId, InputStream image, String fileName, long accountId) {
        Business business = access.editable(businessId);
        MediaStore.StoredImage stored = media.store(image, fileName, accountId);
        business.showLogo(stored.id());
        changed.fire(new BusinessChanged(businessId));
        audit.record("directory.logo.changed", "business:" + business.getId(), fileName);
        return stored;
    }

    @Transactional
    public void removeLogo(long businessId) {
        access.editable(businessId).showLogo(null);
        changed.fire(new BusinessChanged(businessId));
    }

    @Transactional
    public MediaStore.StoredImage addPhoto(long businessId, InputStream image, String fileName, long accountId) {
        Business business = access.editable(businessId);
        if (business.getPhotoIds().size() >= MAX_PHOTOS) {
            throw new InvalidInputException(
                    "file", "a business shows at most " + MAX_PHOTOS + " photos; remove one first");
        }
        MediaStore.StoredImage stored = media.store(image, fileName, accountId);
        business.addPhoto(stored.id());
        changed.fire(new BusinessChanged(businessId));
        return stored;
    }

    @Transactional
    public void removePhoto(long businessId, long mediaId) {
        Business business = access.editable(businessId);
        if (!business.removePhoto(mediaId)) {
            throw new NotFoundException("business " + business.getId() + " has no photo " + mediaId);
        }
        changed.fire(new BusinessChanged(businessId));
    }

    /** Public URLs of an image in the size used on profile pages. */
    public static String mediumUrl(long mediaId) {
        return "/media/" + mediaId + "/medium";
    }

    public static String thumbnailUrl(long mediaId) {
        return "/media/" + mediaId + "/thumb";
    }

    public static List<String> photoUrls(Business business) {
        return business.getPhotoIds().stream().map(BusinessPhotos::mediumUrl).toList();
    }
}
