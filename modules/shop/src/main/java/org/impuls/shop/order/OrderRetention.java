package org.impuls.shop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.impuls.core.api.AccountDeleted;

/**
 * An account is deleted (in the core's transaction): its orders are never deleted, tax law wants them kept
 * ({@link RetentionPeriod}); they lose the link to the account and are blocked, so that only the merchants still read
 * their seller orders (fulfilment, books) and nobody reads them as the customer's.
 */
@ApplicationScoped
public class OrderRetention {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    void onDeleted(@Observes AccountDeleted deleted) {
        List<CustomerOrder> orders = em.createQuery(
                        "select o from CustomerOrder o where o.accountId = :account", CustomerOrder.class)
                .setParameter("account", deleted.accountId())
                .getResultList();
        for (CustomerOrder order : orders) {
            order.block(RetentionPeriod.keptUntil(order.getPlacedAt()));
        }
    }
}
