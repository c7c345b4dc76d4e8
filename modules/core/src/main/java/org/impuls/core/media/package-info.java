/**
 * Media: image uploads checked by content (JPEG and PNG only), limited in bytes, pixels and decoded bytes (read
 * from the header before decoding; large images decoded subsampled, a few at a time), cleaned of camera metadata,
 * stored on disk under {@code IMPULS_MEDIA_DIR} with a medium (800 px) and a thumbnail (200 px) version, and served
 * by {@link org.impuls.core.media.MediaServlet} to the {@link org.impuls.core.media.Audience} that the modules'
 * places and the directory's listings allow, with cache headers to match and ETags.
 */
package org.impuls.core.media;
