package org.impuls.directory.admission;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.DomainException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.directory.business.Business;

/**
 * Backs {@code /account/directory/applications.xhtml}: an applicant follows their applications (state,
 * the operator's questions and reasons, their answers) and answers a question. Open to every account,
 * it shows only the caller's own; the back office opens only once a business is admitted.
 */
@Named("myApplications")
@ViewScoped
public class MyApplicationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Admission admission;

    @Inject
    FormFeedback feedback;

    private final Map<Long, String> answers = new HashMap<>();

    private transient List<Business> applications;

    public List<Business> getApplications() {
        if (applications == null) {
            applications = admission.applicationsOfCaller();
        }
        return applications;
    }

    public List<ReviewEvent> history(long businessId) {
        return admission.history(businessId);
    }

    /** The applicant answers the operator's question; the application returns to the queue. */
    public void answer(long businessId) {
        try {
            admission.answer(businessId, answers.get(businessId));
            answers.remove(businessId);
            applications = null;
            feedback.info("directory.edit.answered");
        } catch (InvalidInputException refusal) {
            feedback.refusal(refusal, "applications", "directory");
        } catch (DomainException refused) {
            feedback.refusal(new InvalidInputException(null, refused.getMessage()), "applications", "directory");
        }
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }
}
