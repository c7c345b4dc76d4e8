package org.impuls.core.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.i18n.Messages;

/** Backs {@code /passwort-vergessen} (ask for a link) and {@code /passwort-neu} (set a new password). */
@Named
@RequestScoped
public class PasswordResetPage {

    @Inject
    PasswordReset reset;

    @Inject
    Messages messages;

    private String email;
    private String token;
    private String password;
    private boolean done;

    public void requestLink() {
        reset.request(email);
        done = true;
    }

    public void setNewPassword() {
        try {
            reset.reset(token, password);
            done = true;
        } catch (InvalidInputException refusal) {
            FormMessages.show(refusal, "reset", messages);
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
