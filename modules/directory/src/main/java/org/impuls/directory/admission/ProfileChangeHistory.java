package org.impuls.directory.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.impuls.core.api.lifecycle.StatusChanged;
import org.impuls.core.api.lifecycle.TransitionRecorder;

/** Writes the operator's decision on a proposed name or address change into the business's review history. */
@ApplicationScoped
public class ProfileChangeHistory implements TransitionRecorder {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Override
    public String subjectType() {
        return ProposedChange.SUBJECT_TYPE;
    }

    @Override
    public void record(StatusChanged change) {
        ReviewAction action = change.to() == ProposedChange.Review.APPROVED
                ? ReviewAction.CHANGE_APPROVED
                : ReviewAction.CHANGE_REJECTED;
        em.persist(new ReviewEvent(change.subjectId(), change.at(), action, change.note(), change.actor()));
    }
}
