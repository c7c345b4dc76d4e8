package org.impuls.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Sends the mails that are due, each batch in one transaction that holds its rows against other nodes. */
@ApplicationScoped
public class OutboxDelivery {

    private static final System.Logger LOG = System.getLogger(OutboxDelivery.class.getName());
    private static final int BATCH = 20;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    SmtpSender smtp;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    /** Returns how many mails were sent. */
    @Transactional
    public int deliverDue() {
        if (!smtp.configured()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Long> due = em.createNativeQuery("""
                select id from mail_outbox where status = 'PENDING' and next_attempt_at <= ?1
                order by id limit ?2 for update skip locked""")
                .setParameter(1, java.sql.Timestamp.from(clock.instant()))
                .setParameter(2, BATCH)
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList();
        int sent = 0;
        for (Long id : due) {
            OutboxMail mail = em.find(OutboxMail.class, id);
            try {
                smtp.send(mail.getRecipient(), mail.getSubject(), mail.getBodyText());
                mail.sent(clock.instant());
                sent++;
            } catch (MessagingException | RuntimeException e) {
                mail.failed(e.getMessage(), clock.instant(), Duration.ofSeconds(settings.retrySeconds()));
                LOG.log(Level.WARNING, "mail {0} not sent (attempt {1}): {2}", id, mail.getAttempts(), e.getMessage());
            }
        }
        return sent;
    }

    public List<OutboxMail> newestFirst(int limit) {
        return em.createQuery("select m from OutboxMail m order by m.createdAt desc, m.id desc", OutboxMail.class)
                .setMaxResults(limit).getResultList();
    }
}
