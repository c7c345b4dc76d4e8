package org.impuls.core.api;

import java.io.InputStream;
import java.util.Collection;
import java.util.Set;
import org.impuls.core.api.error.InvalidInputException;

/**
 * Stores uploaded images for modules (product photos, logos …): the type is checked by content, the
 * size and the decoded size limited, camera metadata (EXIF, GPS) removed, thumbnails made; files live on
 * disk outside the application and are served under {@code /media/<id>/<variant>}.
 *
 * <p>An image that a module shows is public only while the module says that it shows it publicly
 * ({@link #showAt}) and its business is listed ({@link #listBusinesses}); otherwise it is served only to
 * that business's staff, its uploader and operators. An image no module shows stays its uploader's,
 * public under its URL.
 */
public interface MediaStore {

    /** The stored image and its URLs. */
    record StoredImage(
            long id,
            String contentType,
            int width,
            int height,
            long bytes,
            String originalUrl,
            String mediumUrl,
            String thumbnailUrl) {}

    /**
     * A place where a module shows images, e.g. {@code shop:product:17}, of a business; {@code publicly} when the
     * place itself is public (a visible product, a business profile).
     */
    record Place(String key, long businessId, boolean publicly) {}

    /**
     * Stores an image uploaded by an account.
     *
     * @throws InvalidInputException (field {@code file}) if it is not a JPEG or PNG image or is too large; an
     *         {@link org.impuls.core.api.error.UnprocessableInputException} if it would decode to more pixels or bytes than allowed
     */
    StoredImage store(InputStream content, String fileName, long ownerAccountId);

    /**
     * These images, and no others, are shown at this place now. Call it in the transaction that changes the place
     * (an image added or removed, the product hidden or deleted: then with no images), so that the images'
     * audience changes with it. Images that left the place are no longer public there.
     */
    void showAt(Place place, Collection<Long> mediaIds);

    /** Which businesses the public sees (approved, not hidden): images of the others are not public anywhere. */
    void listBusinesses(Set<Long> listed, Set<Long> unlisted);
}
