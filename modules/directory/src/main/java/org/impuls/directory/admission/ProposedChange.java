package org.impuls.directory.admission;

import org.impuls.core.api.lifecycle.Lifecycle;
import org.impuls.core.api.lifecycle.Stateful;
import org.impuls.directory.business.Business;

/**
 * The review of a business's proposed name or address as a lifecycle: a WAITING change is APPROVED or
 * REJECTED, after which none waits (NONE) until staff propose the next one ({@link Business#proposeChange}).
 */
final class ProposedChange implements Stateful<ProposedChange.Review> {

    /** Where the review of a proposed change stands. */
    enum Review {
        NONE,
        WAITING,
        APPROVED,
        REJECTED
    }

    static final Lifecycle<Review> LIFECYCLE =
            Lifecycle.of(Review.class).from(Review.WAITING).to(Review.APPROVED, Review.REJECTED);

    static final String SUBJECT_TYPE = "profile-change";

    private final Business business;

    ProposedChange(Business business) {
        this.business = business;
    }

    @Override
    public String subjectType() {
        return SUBJECT_TYPE;
    }

    /** The business's id: it has at most one change waiting. */
    @Override
    public long subjectId() {
        return business.getId();
    }

    @Override
    public Review status() {
        return business.hasPendingChange() ? Review.WAITING : Review.NONE;
    }

    @Override
    public void changeStatus(Review to, String note) {
        LIFECYCLE.check(subject(), status(), to);
        if (to == Review.APPROVED) {
            business.approveChange();
        } else {
            business.withdrawChange();
        }
    }

    @Override
    public String subject() {
        return "the name and address change of business " + business.getId();
    }

    /** Audited as before: on the business. */
    @Override
    public String auditTarget() {
        return "business:" + business.getId();
    }
}
