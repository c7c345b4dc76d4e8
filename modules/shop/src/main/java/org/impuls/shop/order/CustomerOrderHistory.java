package org.impuls.shop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.impuls.core.api.lifecycle.StatusChanged;
import org.impuls.core.api.lifecycle.TransitionRecorder;

/** Writes each customer order's transition into {@code shop_order_transition}. */
@ApplicationScoped
public class CustomerOrderHistory implements TransitionRecorder {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Override
    public String subjectType() {
        return "customer-order";
    }

    @Override
    public void record(StatusChanged change) {
        em.persist(new OrderTransition(change));
    }
}
