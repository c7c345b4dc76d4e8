package org.impuls.directory.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.impuls.core.api.lifecycle.StatusChanged;
import org.impuls.core.api.lifecycle.TransitionRecorder;
import org.impuls.directory.business.BusinessStatus;

/** Writes a business's status transitions into its review history, as the steps operators and applicants read. */
@ApplicationScoped
public class BusinessHistory implements TransitionRecorder {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Override
    public String subjectType() {
        return "business";
    }

    @Override
    public void record(StatusChanged change) {
        em.persist(new ReviewEvent(
                change.subjectId(),
                change.at(),
                actionOf((BusinessStatus) change.from(), (BusinessStatus) change.to()),
                change.note(),
                change.actor()));
    }

    /** The step a transition is: approving an application and showing a hidden listing both lead to APPROVED. */
    static ReviewAction actionOf(BusinessStatus from, BusinessStatus to) {
        switch (to) {
            case APPROVED:
                return from == BusinessStatus.HIDDEN ? ReviewAction.SHOWN : ReviewAction.APPROVED;
            case REJECTED:
                return ReviewAction.REJECTED;
            case INFO_REQUESTED:
                return ReviewAction.INFO_REQUESTED;
            case PENDING:
                return ReviewAction.RESUBMITTED;
            case HIDDEN:
                return ReviewAction.HIDDEN;
            default:
                throw new IllegalArgumentException("no review step leads to " + to);
        }
    }
}
