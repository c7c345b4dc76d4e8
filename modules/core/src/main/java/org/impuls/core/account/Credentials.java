package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.InvalidInputException;

/** Checks and changes passwords; counts failed logins and pauses an account after too many. */
@ApplicationScoped
public class Credentials {

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public LoginResult authenticate(String email, String password) {
        Optional<Account> found = accounts.byEmail(email);
        if (found.isEmpty()) {
            passwords.burnTime(password);
            audit.record("login.failed", email, "unknown address");
            return LoginResult.refused(LoginResult.Outcome.WRONG);
        }
        Account account = found.get();
        if (account.isThrottled(clock.instant())) {
            audit.record("login.throttled", account.getEmail(), null);
            return LoginResult.refused(LoginResult.Outcome.THROTTLED);
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            account.loginFailed(clock.instant());
            audit.record("login.failed", account.getEmail(), "wrong password");
            return LoginResult.refused(account.isThrottled(clock.instant()) ? LoginResult.Outcome.THROTTLED : LoginResult.Outcome.WRONG);
        }
        return switch (account.getStatus()) {
            case ACTIVE -> {
                account.loginSucceeded();
                yield LoginResult.valid(account);
            }
            case UNCONFIRMED -> LoginResult.refused(LoginResult.Outcome.NOT_CONFIRMED);
            case LOCKED -> {
                audit.record("login.refused", account.getEmail(), "account locked");
                yield LoginResult.refused(LoginResult.Outcome.LOCKED);
            }
            case DELETED -> LoginResult.refused(LoginResult.Outcome.WRONG);
        };
    }

    @Transactional
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = accounts.byId(accountId).orElseThrow();
        if (!passwords.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "the current password is not right");
        }
        Passwords.checkRules(newPassword, "newPassword", account.getEmail());
        account.changePassword(passwords.hash(newPassword));
        audit.record("account.password-changed", account.getEmail(), null);
    }

    /** For actions that need the password once more (delete account, change address). */
    void requirePassword(Account account, String password) {
        if (!passwords.matches(password, account.getPasswordHash())) {
            throw new InvalidInputException("password", "the password is not right");
        }
    }
}
