package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.mail.Mail;
import org.impuls.core.api.mail.Outbox;

/** "Forgot password": a link by mail, valid two hours; never says whether the address is known. */
@ApplicationScoped
public class PasswordReset {

    static final String FORGOT_PATH = "/passwort-vergessen";
    static final String RESET_PATH = "/passwort-neu";
    private static final Duration VALID = Duration.ofHours(2);

    @Inject
    Accounts accounts;

    @Inject
    Credentials credentials;

    @Inject
    OneTimeTokens tokens;

    @Inject
    Outbox outbox;

    @Inject
    Links links;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public void request(String email) {
        accounts.byEmail(email)
                .filter(account ->
                        account.getStatus() == AccountStatus.ACTIVE || account.getStatus() == AccountStatus.UNCONFIRMED)
                .ifPresent(account -> {
                    String secret = tokens.issue(account.getId(), OneTimeToken.Purpose.RESET_PASSWORD, VALID, null);
                    outbox.queue(Mail.to(account.getEmail())
                            .template("core", "reset")
                            .language(account.locale())
                            .model("name", account.getDisplayName())
                            .model("link", links.to(RESET_PATH, secret)));
                    audit.record("account.reset-requested", account.getEmail(), null);
                });
    }

    /**
     * Sets the new password, which ends every session and revokes every API token of the account; the link
     * also confirms the address, since it reached its owner.
     */
    @Transactional
    public void reset(String secret, String newPassword) {
        Account account = tokens.redeem(secret, OneTimeToken.Purpose.RESET_PASSWORD)
                .flatMap(token -> accounts.byId(token.getAccountId()))
                .orElseThrow(() ->
                        new InvalidInputException("token", "this link is unknown, used or expired; ask for a new one"));
        Passwords.checkRules(newPassword, "password", account.getEmail());
        credentials.replacePassword(account, newPassword);
        account.confirm(clock.instant());
        audit.record("account.password-reset", account.getEmail(), "sessions ended, API tokens revoked");
    }
}
