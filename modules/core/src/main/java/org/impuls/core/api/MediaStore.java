package org.impuls.core.api;

import java.io.InputStream;

/**
 * Stores uploaded images for modules (product photos, logos …): the type is checked by content, the
 * size limited, thumbnails made; files live on disk outside the application and are served with
 * long cache headers under {@code /media/<id>/<variant>}.
 */
public interface MediaStore {

    /** The stored image and its public URLs. */
    record StoredImage(long id, String contentType, int width, int height, long bytes,
                       String originalUrl, String mediumUrl, String thumbnailUrl) {
    }

    /**
     * Stores an image uploaded by an account.
     *
     * @throws InvalidInputException (field {@code file}) if it is not a JPEG or PNG image or is too large
     */
    StoredImage store(InputStream content, String fileName, long ownerAccountId);
}
