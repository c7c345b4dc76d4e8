package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.impuls.core.api.AccountDeleted;
import org.impuls.core.api.AuditTrail;

/**
 * Deletes an account at its owner's request: personal data erased, tokens revoked, staff links
 * removed; modules hear {@link AccountDeleted} in the same transaction and erase theirs, keeping
 * what tax law requires (orders, invoices) blocked from other use.
 */
@ApplicationScoped
public class AccountDeletion {

    @Inject
    Accounts accounts;

    @Inject
    Credentials credentials;

    @Inject
    ApiTokens apiTokens;

    @Inject
    StaffLinks staffLinks;

    @Inject
    Event<AccountDeleted> deleted;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public void delete(long accountId, String password) {
        Account account = accounts.byId(accountId).orElseThrow();
        credentials.requirePassword(account, password);
        apiTokens.revokeAll(accountId);
        staffLinks.removeAllOf(accountId);
        deleted.fire(new AccountDeleted(accountId));
        account.erase(clock.instant());
        // the audit log keeps that it happened, not who it was
        audit.record("account.deleted", "account:" + accountId, null);
    }
}
