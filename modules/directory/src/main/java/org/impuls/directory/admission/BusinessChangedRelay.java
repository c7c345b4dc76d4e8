package org.impuls.directory.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.impuls.core.api.lifecycle.StatusChanged;
import org.impuls.directory.api.BusinessChanged;
import org.impuls.directory.business.BusinessStatus;

/**
 * A status change of a business, or of its proposed name and address, changes what customers see: tells
 * the directory's published {@link BusinessChanged}, inside the same transaction so that its observers still
 * run after the commit.
 */
@ApplicationScoped
public class BusinessChangedRelay {

    @Inject
    Event<BusinessChanged> changed;

    void relay(@Observes StatusChanged change) {
        if (change.is(BusinessStatus.class) || change.is(ProposedChange.Review.class)) {
            changed.fire(new BusinessChanged(change.subjectId()));
        }
    }
}
