package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;

/** What operators do to accounts: lock with a reason, unlock; both audited. */
@ApplicationScoped
public class AccountAdministration {

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Transactional
    public Account lock(long accountId, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new InvalidInputException(
                    "reason", "give a reason of at most 500 characters; the account holder may ask for it");
        }
        Account account = find(accountId);
        if (account.getStatus() == AccountStatus.DELETED) {
            throw new InvalidInputException("accountId", "this account was deleted");
        }
        account.lock(reason.strip());
        audit.record("account.locked", account.getEmail(), reason.strip());
        return account;
    }

    @Transactional
    public Account unlock(long accountId) {
        Account account = find(accountId);
        account.unlock();
        audit.record("account.unlocked", account.getEmail(), null);
        return account;
    }

    private Account find(long accountId) {
        return accounts.byId(accountId)
                .orElseThrow(() -> new NotFoundException("There is no account " + accountId + "."));
    }
}
