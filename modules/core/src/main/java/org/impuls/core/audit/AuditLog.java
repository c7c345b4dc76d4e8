package org.impuls.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;

/** Writes audit events in their own transaction, so that a failed login is recorded even though it fails. */
@ApplicationScoped
public class AuditLog implements AuditTrail {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    HttpServletRequest request;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String action, String target, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor(), action, target, detail, clientIp()));
    }

    public ResultPage<AuditEvent> newestFirst(PageRequest page) {
        long total =
                em.createQuery("select count(e) from AuditEvent e", Long.class).getSingleResult();
        var events = em.createQuery(
                        "select e from AuditEvent e order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return ResultPage.of(events, total, page);
    }

    private String actor() {
        try {
            return request.getUserPrincipal() == null
                    ? "anonymous"
                    : "account:" + request.getUserPrincipal().getName();
        } catch (ContextNotActiveException | IllegalStateException outsideARequest) {
            return "system";
        }
    }

    private String clientIp() {
        try {
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException outsideARequest) {
            return null;
        }
    }
}
