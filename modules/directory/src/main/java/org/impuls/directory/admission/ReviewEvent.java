package org.impuls.directory.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a business's history: who did what when, with the note given. */
@Entity
@Table(name = "directory_review_event")
public class ReviewEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_id", nullable = false)
    private long businessId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewAction action;

    private String note;

    @Column(nullable = false)
    private String actor;

    protected ReviewEvent() {}

    public ReviewEvent(long businessId, Instant occurredAt, ReviewAction action, String note, String actor) {
        this.businessId = businessId;
        this.occurredAt = occurredAt;
        this.action = action;
        this.note = note;
        this.actor = actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public ReviewAction getAction() {
        return action;
    }

    public String getNote() {
        return note;
    }

    public String getActor() {
        return actor;
    }
}
