package org.impuls.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;

/** Mails the outbox gave up on after its attempts, for operators: listed, and sent once more on request. */
@ApplicationScoped
public class FailedMails {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Event<MailOutbox.MailQueued> queued;

    /** Newest first. */
    public ResultPage<OutboxMail> newestFirst(PageRequest page) {
        long total = em.createQuery("select count(m) from OutboxMail m where m.status = :failed", Long.class)
                .setParameter("failed", OutboxMail.Status.FAILED)
                .getSingleResult();
        var mails = em.createQuery(
                        "select m from OutboxMail m where m.status = :failed order by m.id desc", OutboxMail.class)
                .setParameter("failed", OutboxMail.Status.FAILED)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return ResultPage.of(mails, total, page);
    }

    /** Queues a failed mail again, with a fresh count of attempts; empty when there is no failed mail of that id. */
    @Transactional
    public Optional<OutboxMail> retry(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.getStatus() != OutboxMail.Status.FAILED) {
            return Optional.empty();
        }
        mail.retry(clock.instant());
        audit.record("core.mail.retried", "mail:" + id, mail.getRecipient());
        queued.fire(new MailOutbox.MailQueued()); // sent right after this commits, not only at the next timer
        return Optional.of(mail);
    }
}
