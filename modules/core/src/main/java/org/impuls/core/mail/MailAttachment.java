package org.impuls.core.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An attachment of a stored mail: its name and media type, and the hash of its bytes in {@code mail_content}. */
@Embeddable
public class MailAttachment {

    @Column(nullable = false)
    private String name;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "content_sha256", nullable = false)
    private String contentSha256;

    protected MailAttachment() {}

    MailAttachment(String name, String mediaType, String contentSha256) {
        this.name = name;
        this.mediaType = mediaType;
        this.contentSha256 = contentSha256;
    }

    public String getName() {
        return name;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getContentSha256() {
        return contentSha256;
    }
}
