package org.impuls.core.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs the pages that mail links open: confirm the address ({@code /konto/bestaetigen}) or a new one. */
@Named
@RequestScoped
public class TokenLinkPage {

    @Inject
    Registration registration;

    @Inject
    EmailChange emailChange;

    private String token;
    private boolean confirmed;

    public void confirmAccount() {
        confirmed = registration.confirm(token);
    }

    public void confirmNewEmail() {
        confirmed = emailChange.confirm(token);
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
