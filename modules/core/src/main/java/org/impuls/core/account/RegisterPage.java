package org.impuls.core.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.i18n.CurrentLanguage;
import org.impuls.core.i18n.Messages;

/** Backs {@code /registrieren}. */
@Named
@RequestScoped
public class RegisterPage {

    @Inject
    Registration registration;

    @Inject
    CurrentLanguage currentLanguage;

    @Inject
    Messages messages;

    private String email;
    private String displayName;
    private String password;
    private boolean done;

    public void register() {
        try {
            registration.register(email, displayName, password, currentLanguage.language());
            done = true;
        } catch (InvalidInputException refusal) {
            FormMessages.show(refusal, "register", messages);
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

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
