package org.impuls.core.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.i18n.Messages;
import org.impuls.core.i18n.PageFeedback;

/** Shows a domain refusal next to the form field it concerns, or at the top of the form. */
final class FormMessages {

    private FormMessages() {}

    static void show(InvalidInputException refusal, String formId, Messages messages) {
        PageFeedback.show(refusal, formId, "core", messages);
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
