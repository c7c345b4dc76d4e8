package org.impuls.directory.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.impuls.core.api.Caller;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.InvalidInputException;

/** Backs {@code /einladung?token=}: the invited person (logged in) joins the business's staff. */
@Named("invitationPage")
@RequestScoped
public class InvitationPage {

    @Inject
    Invitations invitations;

    @Inject
    Caller caller;

    @Inject
    FormFeedback feedback;

    private String token;

    public void accept() {
        try {
            long businessId = invitations.accept(token, caller.accountId().orElseThrow());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            feedback.info("directory.invitation.accepted");
            external.redirect(
                    external.getRequestContextPath() + "/backoffice/directory/business.xhtml?id=" + businessId);
        } catch (InvalidInputException refusal) {
            boolean wrongAccount =
                    refusal.field().filter(Invitations.WRONG_ACCOUNT::equals).isPresent();
            feedback.refusal(
                    wrongAccount
                            ? new InvalidInputException(null, feedback.text("directory.invitation.wrong-account"))
                            : refusal,
                    "invitation",
                    "directory");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
