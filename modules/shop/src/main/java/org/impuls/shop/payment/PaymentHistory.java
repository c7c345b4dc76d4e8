package org.impuls.shop.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.impuls.core.api.lifecycle.StatusChanged;
import org.impuls.core.api.lifecycle.TransitionRecorder;
import org.impuls.shop.api.payment.PaymentState;

/** Writes each payment transition into {@code shop_payment_transition}. */
@ApplicationScoped
public class PaymentHistory implements TransitionRecorder {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Override
    public String subjectType() {
        return "payment";
    }

    @Override
    public void record(StatusChanged change) {
        em.persist(new PaymentTransition(
                change.subjectId(),
                (PaymentState) change.from(),
                (PaymentState) change.to(),
                change.actor(),
                change.at(),
                change.note()));
    }
}
