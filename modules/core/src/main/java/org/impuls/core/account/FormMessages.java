package org.impuls.core.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.impuls.core.api.InvalidInputException;
import org.impuls.core.i18n.Messages;

/** Shows a domain refusal next to the form field it concerns, or at the top of the form. */
final class FormMessages {

    private FormMessages() {
    }

    static void show(InvalidInputException refusal, String formId, Messages messages) {
        String clientId = refusal.field().map(field -> formId + ":" + field).orElse(null);
        String key = "core.refusal." + refusal.field().orElse("general");
        String text = messages.get(key).startsWith("???") ? refusal.getMessage() : messages.get(key);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
