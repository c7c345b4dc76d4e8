package org.impuls.core.media;

/** Who may see a stored image; kept on the image's row, so that serving it needs no further query. */
public enum Audience {
    /** Stored for the uploader's own use and shown by no module: everyone, and that never changes. */
    OPEN,
    /** Shown publicly by a module: everyone, until the module hides what shows it. */
    PUBLIC,
    /** Shown by modules, but nowhere publicly: the staff of the businesses showing it, its uploader and operators. */
    PRIVATE
}
