/**
 * Media: image uploads checked by content (JPEG and PNG only), limited in bytes and pixels, stored on
 * disk under {@code IMPULS_MEDIA_DIR} with a medium (800 px) and a thumbnail (200 px) version, served by
 * {@link org.impuls.core.media.MediaServlet} with immutable cache headers and ETags.
 */
package org.impuls.core.media;
