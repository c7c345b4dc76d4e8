package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.error.InvalidInputException;

/**
 * Checks and changes passwords. A login attempt is answered the same way, with the same cost of one
 * password-hash computation, whether the address is unknown, the password wrong or the attempt throttled
 * ({@link LoginThrottle}: a short, growing delay per account and a limit per client address).
 */
@ApplicationScoped
public class Credentials {

    private static final LoginResult REFUSED = LoginResult.refused(LoginResult.Outcome.WRONG);

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    ApiTokens apiTokens;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Checks e-mail and password sent from the client address ({@link ClientAddress}). */
    public LoginResult authenticate(String email, String password, String clientAddress) {
        Instant now = clock.instant();
        String address = LoginThrottle.addressKey(clientAddress);
        if (throttle.addressRefused(address, now)) {
            // the same refusal for every account, so timing tells nothing: spare the hash an attacker would make us
            // compute
            audit.record(
                    "login.throttled",
                    asTarget(email),
                    "client address " + address + " over its limit of failed logins");
            return REFUSED;
        }
        Optional<Account> found = accounts.byEmail(email);
        if (found.isEmpty()) {
            passwords.matches(password, null);
            failed(asTarget(email), address, now, "unknown address");
            return REFUSED;
        }
        Account account = found.get();
        Optional<LoginThrottle.Turn> turn = throttle.takeTurn(account.getId(), now);
        if (turn.isEmpty()) {
            passwords.matches(password, null); // as costly as a real check: a delay must not betray a known address
            throttled(account.getEmail(), address, now);
            return REFUSED;
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            failed(
                    account.getEmail(),
                    address,
                    now,
                    "wrong password, " + turn.get().failures() + " in a row; next attempt from "
                            + turn.get().nextAttemptAt());
            return REFUSED;
        }
        throttle.succeeded(account.getId());
        return switch (account.getStatus()) {
            case ACTIVE -> LoginResult.valid(account);
            case UNCONFIRMED -> LoginResult.refused(LoginResult.Outcome.NOT_CONFIRMED);
            case LOCKED -> {
                audit.record("login.refused", account.getEmail(), "account locked");
                yield LoginResult.refused(LoginResult.Outcome.LOCKED);
            }
            case DELETED -> REFUSED;
        };
    }

    private void failed(String target, String address, Instant now, String detail) {
        audit.record("login.failed", target, detail);
        countForAddress(address, now);
    }

    private void throttled(String target, String address, Instant now) {
        audit.record("login.throttled", target, "during the delay after failed logins; not checked");
        countForAddress(address, now);
    }

    private void countForAddress(String address, Instant now) {
        int failures = throttle.addressFailed(address, now);
        if (failures == LoginThrottle.ADDRESS_LIMIT) {
            audit.record(
                    "login.address-refused",
                    address,
                    failures + " failed logins within " + LoginThrottle.ADDRESS_WINDOW.toMinutes()
                            + " minutes: logins from this address are refused for the rest of the window");
        }
    }

    /** An address as given, cut to what the audit log keeps (a client may send anything). */
    private static String asTarget(String email) {
        return email == null || email.length() <= Accounts.MAX_EMAIL ? email : email.substring(0, Accounts.MAX_EMAIL);
    }

    /** Changes the password; the account's other sessions end and its API tokens are revoked. */
    @Transactional
    public Account changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = accounts.byId(accountId).orElseThrow();
        if (!passwords.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "the current password is not right");
        }
        Passwords.checkRules(newPassword, "newPassword", account.getEmail());
        replacePassword(account, newPassword);
        audit.record("account.password-changed", account.getEmail(), "other sessions ended, API tokens revoked");
        return account;
    }

    /** A new password ends every session begun with the old one and revokes the API tokens made with it. */
    void replacePassword(Account account, String newPassword) {
        account.changePassword(passwords.hash(newPassword));
        apiTokens.revokeAll(account.getId());
    }

    /** Asks for the password once more before a step that a stolen session must not take alone (a new API token). */
    public void confirmPassword(long accountId, String password) {
        requirePassword(accounts.byId(accountId).orElseThrow(), password);
    }

    /** For actions that need the password once more (delete account, change address, new API token). */
    void requirePassword(Account account, String password) {
        if (!passwords.matches(password, account.getPasswordHash())) {
            throw new InvalidInputException("password", "the password is not right");
        }
    }
}
