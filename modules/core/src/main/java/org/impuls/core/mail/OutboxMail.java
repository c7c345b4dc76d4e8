package org.impuls.core.mail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A mail waiting to be sent, being sent (claimed by one node for a while: its lease), sent, or given up on after many
 * attempts. Only the holder of the current claim records how sending went, so a node whose lease ran out cannot
 * overwrite what the node that took the mail over did. It is queued as template, language and model and rendered once,
 * when first claimed (after the queueing transaction committed); from then on every attempt sends the same text.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** Where a mail stands. */
    public enum Status {
        PENDING,
        SENDING,
        SENT,
        FAILED
    }

    static final int MAX_ATTEMPTS = 20;
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    private String subject;

    @Column(name = "body_text")
    private String bodyText;

    @Column(name = "body_html")
    private String bodyHtml;

    private String template;

    private String language;

    private String model;

    @ElementCollection
    @CollectionTable(name = "mail_attachment", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "position")
    private List<MailAttachment> attachments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "claim_token")
    private String claimToken;

    protected OutboxMail() {}

    /** A mail to render later from {@code template} ({@code <module>/<name>}) in {@code language} with the JSON model. */
    OutboxMail(
            String recipient,
            String template,
            String language,
            String model,
            List<MailAttachment> attachments,
            Instant now) {
        this.recipient = recipient;
        this.template = template;
        this.language = language;
        this.model = model;
        this.attachments = new ArrayList<>(attachments);
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Rendered already: by an earlier attempt, or before mails had templates (then in plain text only). */
    boolean rendered() {
        return bodyText != null;
    }

    void rendered(String subject, String text, String html) {
        this.subject = subject;
        this.bodyText = text;
        this.bodyHtml = html;
    }

    /** Its template cannot be rendered: no attempt will do better until the template is fixed and an operator retries. */
    void unrenderable(String token, String error) {
        requireClaim(token);
        release();
        attempts++;
        status = Status.FAILED;
        String message = "cannot render " + template + ": " + error;
        lastError = message.substring(0, Math.min(message.length(), 1000));
    }

    /** Due for sending: waiting and its time has come, or claimed by a node whose lease ran out (it died while sending). */
    boolean claimable(Instant now) {
        return status == Status.PENDING && !nextAttemptAt.isAfter(now)
                || status == Status.SENDING && claimedUntil.isBefore(now);
    }

    /**
     * Takes the mail for sending until {@code now + lease}; answers false when it is not due. A lease that ran out counts
     * as a failed attempt (whether the mail went out is unknown), and the last of them gives the mail up.
     */
    boolean claim(String token, Instant now, Duration lease) {
        if (!claimable(now)) {
            return false;
        }
        if (status == Status.SENDING && ++attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            lastError = "the node sending it stopped before it reported (lease ran out)";
            release();
            return false;
        }
        status = Status.SENDING;
        claimToken = token;
        claimedUntil = now.plus(lease);
        return true;
    }

    /** Whether {@code token} is the mail's current claim: only its holder reports the outcome. */
    boolean claimedBy(String token) {
        return status == Status.SENDING && token.equals(claimToken);
    }

    void sent(String token, Instant now) {
        requireClaim(token);
        status = Status.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
        release();
    }

    /** Schedules the next attempt after a pause that doubles each time, or gives up. */
    void failed(String token, String error, Instant now, Duration firstPause) {
        requireClaim(token);
        release();
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            return;
        }
        status = Status.PENDING;
        Duration pause = firstPause.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
    }

    /** An operator sends a mail that was given up on once more, with a fresh count of attempts. */
    void retry(Instant now) {
        if (status != Status.FAILED) {
            throw new IllegalStateException("mail " + id + " is " + status + ", not FAILED");
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    private void requireClaim(String token) {
        if (!claimedBy(token)) {
            throw new IllegalStateException("mail " + id + " is no longer claimed by " + token);
        }
    }

    private void release() {
        claimToken = null;
        claimedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getTemplate() {
        return template;
    }

    public String getLanguage() {
        return language;
    }

    public String getModel() {
        return model;
    }

    public List<MailAttachment> getAttachments() {
        return attachments;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }
}
