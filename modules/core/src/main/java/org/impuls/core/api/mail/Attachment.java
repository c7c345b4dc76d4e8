package org.impuls.core.api.mail;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file sent with a mail: its name as the recipient sees it, its media type and its bytes. Attachments with the same
 * bytes (a merchant's terms of one version sent with every order) are stored once, however many mails carry them.
 */
public final class Attachment {

    private final String name;
    private final String mediaType;
    private final byte[] bytes;

    private Attachment(String name, String mediaType, byte[] bytes) {
        this.name = requireText(name, "name");
        this.mediaType = requireText(mediaType, "mediaType");
        if (!this.mediaType.matches("[a-z0-9.+-]+/[a-z0-9.+-]+(;.*)?")) {
            throw new IllegalArgumentException("not a media type: " + mediaType);
        }
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    /** {@code Attachment.of("rechnung-1042.pdf", "application/pdf", pdf)}. */
    public static Attachment of(String name, String mediaType, byte[] bytes) {
        return new Attachment(name, mediaType, bytes);
    }

    public String name() {
        return name;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    private static String requireText(String value, String what) {
        if (value == null
                || value.isBlank()
                || value.length() > 200
                || value.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException(what + " must be 1 to 200 printable characters, was '" + value + "'");
        }
        return value.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that
                && name.equals(that.name)
                && mediaType.equals(that.mediaType)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, mediaType, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return name + " (" + mediaType + ", " + bytes.length + " bytes)";
    }
}
