package org.impuls.directory.admission;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.impuls.core.api.Caller;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.directory.business.Business;
import org.impuls.directory.business.Businesses;

/** Backs {@code /betrieb-anmelden}: a logged-in visitor applies for a business. */
@Named("applyPage")
@ViewScoped
public class ApplyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Admission admission;

    @Inject
    Businesses businesses;

    @Inject
    Caller caller;

    @Inject
    FormFeedback feedback;

    private final ApplicationForm form = new ApplicationForm();

    /** Sends the application and opens the applicant's applications, where they follow it until it is decided. */
    public void apply() {
        try {
            Business business = admission.apply(form, caller.accountId().orElseThrow());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            feedback.info("directory.apply.sent");
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + AdmissionMails.APPLICATIONS_PAGE
                            + "#application-" + business.getId());
        } catch (InvalidInputException refusal) {
            feedback.refusal(refusal, "apply", "directory");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<SelectItem> getCategoryItems() {
        return businesses.categoryChoices(feedback.locale());
    }

    public ApplicationForm getForm() {
        return form;
    }
}
