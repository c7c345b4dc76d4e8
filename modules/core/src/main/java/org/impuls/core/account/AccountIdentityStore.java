package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/** Checks e-mail and password against the accounts; the caller's name is the account id. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Credentials credentials;

    @Inject
    RolesOf roles;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginResult result = credentials.authenticate(
                credential.getCaller(), credential.getPasswordAsString(), clientAddress.of(request));
        LoginOutcome.remember(request, result.outcome());
        return result.account()
                .map(account -> new CredentialValidationResult(String.valueOf(account.getId()), roles.of(account)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
