package org.impuls.core.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Locale;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.InvalidInputException;

/** {@link FormFeedback} through JSF messages and the merged message catalogue. */
@RequestScoped
public class PageFeedback implements FormFeedback {

    @Inject
    Messages messages;

    @Inject
    CurrentLanguage currentLanguage;

    @Override
    public void refusal(InvalidInputException refusal, String formId, String prefix) {
        show(refusal, formId, prefix, messages);
    }

    /** Also for the core's own pages, which hold {@link Messages} already. */
    public static void show(InvalidInputException refusal, String formId, String prefix, Messages messages) {
        String clientId = refusal.field().map(field -> formId + ":" + field).orElse(null);
        String key = prefix + ".refusal." + refusal.field().orElse("general");
        // the module's own text if it has one; "{0}" in it stands for the refusal's details
        String text =
                messages.get(key).startsWith("???") ? refusal.getMessage() : messages.format(key, refusal.getMessage());
        show(clientId, text);
    }

    /** An error next to the component of that client id, or at the top of the page when it is null; the form counts as refused. */
    public static void show(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    @Override
    public void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    @Override
    public String text(String key, Object... arguments) {
        return messages.format(key, arguments);
    }

    @Override
    public Locale locale() {
        return currentLanguage.getLocale();
    }
}
