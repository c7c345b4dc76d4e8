package org.impuls.core.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.impuls.core.api.Caller;
import org.impuls.core.api.StaffDirectory.LinkState;
import org.impuls.core.api.error.ForbiddenException;

/** The {@link Caller} of the current request, from Jakarta Security's caller principal (the account id). */
@Named("caller")
@RequestScoped
public class CurrentCaller implements Caller {

    @Inject
    SecurityContext security;

    @Inject
    StaffLinks staffLinks;

    @Inject
    Accounts accounts;

    private Set<Long> businessIds;

    @Override
    public boolean isAuthenticated() {
        return accountId().isPresent();
    }

    @Override
    public Optional<Long> accountId() {
        Principal principal;
        try {
            principal = security.getCallerPrincipal();
        } catch (IllegalStateException noCaller) {
            return Optional.empty(); // start-up work (demo data) has no caller; the EJB container refuses to ask
        }
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(principal.getName()));
        } catch (NumberFormatException notAnAccount) {
            return Optional.empty();
        }
    }

    @Override
    public boolean isOperator() {
        try {
            return security.isCallerInRole(Roles.OPERATOR);
        } catch (IllegalStateException noCaller) {
            return false;
        }
    }

    @Override
    public Set<Long> businessIds() {
        if (businessIds == null) {
            businessIds = accountId()
                    .map(id -> staffLinks.businessesOf(id, LinkState.ACTIVE))
                    .orElse(Set.of());
        }
        return businessIds;
    }

    @Override
    public Set<Long> pendingBusinessIds() {
        return accountId()
                .map(id -> staffLinks.businessesOf(id, LinkState.PENDING))
                .orElse(Set.of());
    }

    /** The logged-in account, for pages that show the caller's name. */
    public Optional<Account> account() {
        return accountId().flatMap(accounts::byId);
    }

    public String getDisplayName() {
        return account().map(Account::getDisplayName).orElse("");
    }

    /** This caller's account id, or a refusal (401 over REST, as nobody is logged in): for what only makes sense logged in. */
    public long requireAccountId() {
        return accountId().orElseThrow(() -> new ForbiddenException("Log in first."));
    }
}
