package org.impuls.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Sends the mails that are due: claims a batch (committed), calls the SMTP server outside any transaction, and
 * records each outcome in a transaction of its own ({@link OutboxClaims}).
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final int BATCH = 10;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    OutboxClaims claims;

    @Inject
    SmtpSender smtp;

    /** Returns how many mails were sent. */
    public int deliverDue() {
        if (!smtp.configured()) {
            return 0;
        }
        int sent = 0;
        for (OutboxClaims.Claim claim : claims.claimDue(BATCH)) {
            String error = null;
            try {
                smtp.send(claim.mail());
                sent++;
            } catch (MessagingException | RuntimeException e) {
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            claims.record(claim, error);
        }
        return sent;
    }

    public List<OutboxMail> newestFirst(int limit) {
        return em.createQuery("select m from OutboxMail m order by m.createdAt desc, m.id desc", OutboxMail.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
