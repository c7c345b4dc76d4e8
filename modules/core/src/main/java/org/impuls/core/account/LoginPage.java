package org.impuls.core.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.impuls.core.i18n.Messages;

/** Backs {@code /login}: checks the credentials and continues where the visitor wanted to go. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    Messages messages;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 200)
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                HttpServletRequest request = (HttpServletRequest) external.getRequest();
                external.redirect(
                        external.getRequestContextPath() + ContinueAfterLogin.take(request.getSession(false)));
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default ->
                faces.addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR,
                                messages.get(
                                        switch (LoginOutcome.of((HttpServletRequest) external.getRequest())) {
                                            case NOT_CONFIRMED -> "core.login.unconfirmed";
                                            case LOCKED -> "core.login.locked";
                                            default -> "core.login.failed";
                                        }),
                                null));
        }
    }

    public String logout() throws Exception {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        request.logout();
        request.getSession().invalidate();
        return "/index.xhtml?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
