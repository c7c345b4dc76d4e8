package org.impuls.core.media;

import java.util.Optional;

/** The image formats the portal accepts, recognised by their first bytes, not by name or claimed type. */
public enum ImageFormat {
    JPEG("image/jpeg", "jpg", new int[] {0xFF, 0xD8, 0xFF}),
    PNG("image/png", "png", new int[] {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A});

    private final String contentType;
    private final String extension;
    private final int[] signature;

    ImageFormat(String contentType, String extension, int[] signature) {
        this.contentType = contentType;
        this.extension = extension;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    static Optional<ImageFormat> recognise(byte[] head) {
        for (ImageFormat format : values()) {
            if (format.matches(head)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private boolean matches(byte[] head) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
