package org.impuls.directory.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.core.api.lifecycle.Step;
import org.impuls.core.api.lifecycle.Transitions;
import org.impuls.directory.business.Business;
import org.impuls.directory.business.ProfileChangeProposed;

/**
 * The review of a new name or address that staff of an admitted business proposed: the operator hears
 * of it, approves (the public profile changes) or rejects it with a reason (the approved data stays);
 * staff are told either way. The same queue as the applications.
 */
@ApplicationScoped
public class ProfileChanges {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Admission admission;

    @Inject
    AdmissionMails mails;

    @Inject
    Transitions transitions;

    void proposed(@Observes ProfileChangeProposed proposal) {
        Business business = em.find(Business.class, proposal.businessId());
        admission.record(
                business,
                ReviewAction.CHANGE_PROPOSED,
                business.getProposedName() + ", " + business.getProposedStreet() + ", "
                        + business.getProposedPostalCode() + " " + business.getProposedCity(),
                admission.callerName());
        mails.changeProposed(business);
    }

    /** Proposed changes waiting for the operator, oldest first. */
    public List<Business> queue() {
        return em.createQuery(
                        "select b from Business b where b.changeProposedAt is not null order by b.changeProposedAt, b.id",
                        Business.class)
                .getResultList();
    }

    /** The operator's decision on a proposed change; a rejection needs a reason, which staff are told. */
    @Transactional
    public Business decide(long businessId, boolean approve, String reason) {
        Business business = em.find(Business.class, businessId);
        if (business == null) {
            throw new NotFoundException("There is no business " + businessId + ".");
        }
        ProposedChange change = new ProposedChange(business);
        ProposedChange.Review target = approve ? ProposedChange.Review.APPROVED : ProposedChange.Review.REJECTED;
        ProposedChange.LIFECYCLE.check(change.subject(), change.status(), target);
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("reason", "at most 2000 characters");
        }
        if (note == null && !approve) {
            throw new InvalidInputException("reason", "say why the change is rejected; the business is told");
        }
        transitions.perform(
                change,
                ProposedChange.LIFECYCLE,
                target,
                Step.by(admission.operatorName())
                        .note(note)
                        .audited("directory.change." + (approve ? "approved" : "rejected")));
        mails.tellStaff(business, approve ? "directory.mail.change-approved" : "directory.mail.change-rejected", note);
        return business;
    }
}
