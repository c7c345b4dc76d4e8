package org.impuls.directory.admission;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.StaffDirectory;
import org.impuls.core.api.error.DomainException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.directory.business.Business;

/** Backs {@code /admin/directory/applications.xhtml}: the operator's review queue of applications and of proposed name or address changes. */
@Named("reviewQueue")
@ViewScoped
public class ReviewQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Admission admission;

    @Inject
    StaffDirectory staff;

    @Inject
    ProfileChanges changes;

    @Inject
    FormFeedback feedback;

    private final Map<Long, String> reasons = new HashMap<>();

    private final Map<Long, String> changeReasons = new HashMap<>();

    public void approve(long businessId) {
        decide(businessId, Decision.APPROVE);
    }

    public void reject(long businessId) {
        decide(businessId, Decision.REJECT);
    }

    public void requestInfo(long businessId) {
        decide(businessId, Decision.REQUEST_INFO);
    }

    private void decide(long businessId, Decision decision) {
        try {
            Business business = admission.decide(businessId, decision, reasons.get(businessId));
            reasons.remove(businessId);
            feedback.info("directory.review.done." + decision.name(), business.getName());
        } catch (InvalidInputException refusal) {
            feedback.refusal(
                    new InvalidInputException(null, feedback.text("directory.review.reason-needed")),
                    "queue",
                    "directory");
        } catch (DomainException alreadyDecided) {
            feedback.refusal(new InvalidInputException(null, alreadyDecided.getMessage()), "queue", "directory");
        }
    }

    public void approveChange(long businessId) {
        decideChange(businessId, true);
    }

    public void rejectChange(long businessId) {
        decideChange(businessId, false);
    }

    private void decideChange(long businessId, boolean approve) {
        try {
            Business business = changes.decide(businessId, approve, changeReasons.get(businessId));
            changeReasons.remove(businessId);
            feedback.info(
                    approve ? "directory.review.change.approved" : "directory.review.change.rejected",
                    business.getName());
        } catch (InvalidInputException refusal) {
            feedback.refusal(
                    new InvalidInputException(null, feedback.text("directory.review.change.reason-needed")),
                    "changes",
                    "directory");
        } catch (DomainException alreadyDecided) {
            feedback.refusal(new InvalidInputException(null, alreadyDecided.getMessage()), "changes", "directory");
        }
    }

    public List<Business> getChanges() {
        return changes.queue();
    }

    public Map<Long, String> getChangeReasons() {
        return changeReasons;
    }

    public List<Business> getApplications() {
        return admission.queue();
    }

    public List<ReviewEvent> history(long businessId) {
        return admission.history(businessId);
    }

    /** Who applied: the owner's name and address. */
    public String applicant(long businessId) {
        return staff.staffOf(businessId).stream()
                .filter(StaffDirectory.Member::owner)
                .findFirst()
                .map(m -> m.contact().displayName() + " <" + m.contact().email() + ">")
                .orElse("—");
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
