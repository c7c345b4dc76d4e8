package org.impuls.core.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.i18n.Messages;

/** Backs {@code /konto}: address, password, API tokens, data export and deletion of one's own account. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient Credentials credentials;

    @Inject
    transient EmailChange emailChange;

    @Inject
    transient ApiTokens apiTokens;

    @Inject
    transient AccountDeletion deletion;

    @Inject
    transient Messages messages;

    private String currentPassword;
    private String newPassword;
    private String newEmail;
    private String emailPassword;
    private String tokenName;
    private Integer tokenDays = ApiTokens.DEFAULT_DAYS;
    private String tokenPassword;
    private String createdSecret;
    private String deletePassword;

    public Account getAccount() {
        return caller.account().orElseThrow();
    }

    public List<ApiToken> getTokens() {
        return apiTokens.listed(caller.requireAccountId());
    }

    public boolean expired(ApiToken token) {
        return apiTokens.isExpired(token);
    }

    public void changePassword() {
        try {
            Account account = credentials.changePassword(caller.requireAccountId(), currentPassword, newPassword);
            AccountSession.keep(
                    (HttpServletRequest) FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequest(),
                    account);
            currentPassword = null;
            newPassword = null;
            FormMessages.info(messages.get("core.account.password.changed"));
        } catch (InvalidInputException refusal) {
            FormMessages.show(refusal, "password", messages);
        }
    }

    public void changeEmail() {
        try {
            emailChange.request(caller.requireAccountId(), newEmail, emailPassword);
            FormMessages.info(messages.format("core.account.email.sent", newEmail));
            newEmail = null;
            emailPassword = null;
        } catch (InvalidInputException refusal) {
            FormMessages.show(refusal, "email", messages);
        }
    }

    /** A new token needs the password again: a session left open must not be enough to mint one. */
    public void createToken() {
        try {
            credentials.confirmPassword(caller.requireAccountId(), tokenPassword);
            createdSecret = apiTokens
                    .create(caller.requireAccountId(), tokenName, tokenDays)
                    .secret();
            tokenName = null;
            tokenDays = ApiTokens.DEFAULT_DAYS;
            tokenPassword = null;
        } catch (InvalidInputException refusal) {
            FormMessages.show(refusal, "tokens", messages);
        }
    }

    public void revokeToken(long tokenId) {
        apiTokens.revoke(caller.requireAccountId(), tokenId);
        createdSecret = null;
    }

    public void delete() throws IOException, ServletException {
        try {
            deletion.delete(caller.requireAccountId(), deletePassword);
        } catch (InvalidInputException refusal) {
            FormMessages.show(refusal, "delete", messages);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/?deleted=true");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getEmailPassword() {
        return emailPassword;
    }

    public void setEmailPassword(String emailPassword) {
        this.emailPassword = emailPassword;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public Integer getTokenDays() {
        return tokenDays;
    }

    public void setTokenDays(Integer tokenDays) {
        this.tokenDays = tokenDays;
    }

    public String getTokenPassword() {
        return tokenPassword;
    }

    public void setTokenPassword(String tokenPassword) {
        this.tokenPassword = tokenPassword;
    }

    public String getCreatedSecret() {
        return createdSecret;
    }

    public String getDeletePassword() {
        return deletePassword;
    }

    public void setDeletePassword(String deletePassword) {
        this.deletePassword = deletePassword;
    }
}
