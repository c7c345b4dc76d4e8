package org.impuls.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.impuls.core.i18n.Language;

/**
 * The two short transactions around sending a mail: the claim (the mail is SENDING under a lease, committed before
 * the SMTP server is called) and the outcome. A rollback can thus never undo a claim after its mail went out.
 */
@ApplicationScoped
public class OutboxClaims {

    private static final System.Logger LOG = System.getLogger(OutboxClaims.class.getName());

    /**
     * How long a claim holds: longer than a batch can take against a slow SMTP server (each mail's connection and
     * reads time out after seconds, see {@link SmtpSender}), so that no other node sends a mail still being sent.
     */
    static final Duration LEASE = Duration.ofMinutes(15);

    /** What was claimed: enough to send it and to report back as its claim's holder. */
    public record Claim(long id, String token, OutgoingMail mail) {}

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    @Inject
    MailRenderer renderer;

    @Inject
    MailContents contents;

    /**
     * Claims up to {@code limit} due mails; rows another node is claiming at this moment are skipped, not waited for. A
     * mail claimed for the first time is rendered here, after the transaction that queued it committed, and kept so.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claimDue(int limit) {
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        @SuppressWarnings("unchecked")
        List<Long> due = em.createNativeQuery("""
                select id from mail_outbox
                where status = 'PENDING' and next_attempt_at <= ?1 or status = 'SENDING' and claimed_until < ?1
                order by id limit ?2 for update skip locked""").setParameter(1, now).setParameter(2, limit).getResultList().stream()
                .map(id -> ((Number) id).longValue())
                .toList();
        String token = UUID.randomUUID().toString();
        List<Claim> claims = new ArrayList<>();
        for (Long id : due) {
            OutboxMail mail = em.find(OutboxMail.class, id);
            if (mail.claim(token, clock.instant(), LEASE) && renderedOnce(mail, token)) {
                claims.add(new Claim(id, token, outgoing(mail)));
            }
        }
        return claims;
    }

    /** False when the mail's template cannot be rendered; the mail is then given up on with the reason. */
    private boolean renderedOnce(OutboxMail mail, String token) {
        if (mail.rendered()) {
            return true;
        }
        try {
            Language language = Language.fromCode(mail.getLanguage()).orElse(Language.standard());
            MailRenderer.Rendered rendered =
                    renderer.render(mail.getTemplate(), language, MailModel.fromJson(mail.getModel()));
            mail.rendered(rendered.subject(), rendered.text(), rendered.html());
            return true;
        } catch (RuntimeException e) {
            LOG.log(
                    Level.ERROR,
                    "mail " + mail.getId() + " cannot be rendered from " + mail.getTemplate() + "; given up on",
                    e);
            mail.unrenderable(token, String.valueOf(e.getMessage()));
            return false;
        }
    }

    private OutgoingMail outgoing(OutboxMail mail) {
        List<OutgoingMail.File> files = new ArrayList<>();
        for (MailAttachment attachment : mail.getAttachments()) {
            files.add(new OutgoingMail.File(
                    attachment.getName(), attachment.getMediaType(), contents.bytes(attachment.getContentSha256())));
        }
        return new OutgoingMail(mail.getRecipient(), mail.getSubject(), mail.getBodyText(), mail.getBodyHtml(), files);
    }

    /** Records how sending went ({@code error} null: sent), unless the claim ran out and another node took the mail over. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Claim claim, String error) {
        OutboxMail mail = em.find(OutboxMail.class, claim.id(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.claimedBy(claim.token())) {
            LOG.log(
                    Level.WARNING,
                    "mail {0}: its claim ran out before sending was reported; another attempt took it over",
                    claim.id());
            return;
        }
        if (error == null) {
            mail.sent(claim.token(), clock.instant());
        } else {
            mail.failed(claim.token(), error, clock.instant(), Duration.ofSeconds(settings.retrySeconds()));
            LOG.log(Level.WARNING, "mail {0} not sent (attempt {1}): {2}", claim.id(), mail.getAttempts(), error);
        }
    }
}
