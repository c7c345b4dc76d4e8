package org.impuls.directory.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.impuls.directory.business.Business;

/** A report of a listing; open until the operator hides the listing or dismisses the report. */
@Entity
@Table(name = "directory_report")
public class Report {

    /** How a report was dealt with. */
    public enum Resolution {
        HIDDEN,
        DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "business_id")
    private Business business;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportReason reason;

    @Column(nullable = false)
    private String message;

    private String reporter;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    private Resolution resolution;

    protected Report() {}

    Report(Business business, ReportReason reason, String message, String reporter, Instant createdAt) {
        this.business = business;
        this.reason = reason;
        this.message = message;
        this.reporter = reporter;
        this.createdAt = createdAt;
    }

    void resolve(Resolution how, Instant now) {
        resolution = how;
        resolvedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Business getBusiness() {
        return business;
    }

    public ReportReason getReason() {
        return reason;
    }

    public String getMessage() {
        return message;
    }

    public String getReporter() {
        return reporter;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
