package org.impuls.core.legal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One legal page in one language. Its body is HTML that was sanitised before it was stored. */
@Entity
@Table(name = "legal_page")
public class LegalPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LegalPageKind kind;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false)
    private String title;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected LegalPage() {}

    void revise(String newTitle, String sanitisedBody, Instant at) {
        this.title = newTitle;
        this.bodyHtml = sanitisedBody;
        this.updatedAt = at;
    }

    public LegalPageKind getKind() {
        return kind;
    }

    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
