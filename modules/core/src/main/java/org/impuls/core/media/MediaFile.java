package org.impuls.core.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The facts about one stored image; its bytes are on disk. */
@Entity
@Table(name = "media")
public class MediaFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_account_id", nullable = false)
    private Long ownerAccountId;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    private int width;

    private int height;

    private long bytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Changed only by {@link MediaPlaces}, in SQL, when modules show or hide what shows the image. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Audience audience = Audience.OPEN;

    protected MediaFile() {}

    MediaFile(
            long ownerAccountId,
            String originalName,
            ImageFormat format,
            int width,
            int height,
            long bytes,
            String sha256,
            Instant createdAt) {
        this.ownerAccountId = ownerAccountId;
        this.originalName = originalName;
        this.contentType = format.contentType();
        this.width = width;
        this.height = height;
        this.bytes = bytes;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public long getBytes() {
        return bytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Audience getAudience() {
        return audience;
    }

    public Long getOwnerAccountId() {
        return ownerAccountId;
    }
}
