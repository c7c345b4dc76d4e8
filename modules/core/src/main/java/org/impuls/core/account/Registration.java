package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.impuls.core.api.AccountRegistered;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.mail.Mail;
import org.impuls.core.api.mail.Outbox;
import org.impuls.core.i18n.Language;

/**
 * Registration of customer accounts with e-mail confirmation. Whether an address is already
 * registered is never revealed to the registrant: its owner gets a mail instead.
 */
@ApplicationScoped
public class Registration {

    static final String CONFIRM_PATH = "/konto/bestaetigen";
    private static final Duration CONFIRMATION_VALID = Duration.ofDays(2);

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

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

    @Inject
    Event<AccountRegistered> registered;

    @Transactional
    public void register(String email, String displayName, String password, Language language) {
        String address = Accounts.checkEmail(email, "email");
        String name = Accounts.checkName(displayName);
        Passwords.checkRules(password, "password", address);
        var existing = accounts.byEmail(address);
        if (existing.isPresent()) {
            Account owner = existing.get();
            if (owner.getStatus() == AccountStatus.UNCONFIRMED) {
                sendConfirmation(owner);
            } else {
                outbox.queue(Mail.to(owner.getEmail())
                        .template("core", "already-registered")
                        .language(owner.locale())
                        .model("name", owner.getDisplayName())
                        .model("resetLink", links.to(PasswordReset.FORGOT_PATH, "")));
            }
            return;
        }
        Account account = new Account(address, name, passwords.hash(password), language.code(), clock.instant());
        accounts.add(account);
        audit.record("account.registered", address, null);
        sendConfirmation(account);
        registered.fire(new AccountRegistered(account.getId(), account.getLanguage()));
    }

    /** Confirms the address behind a link; false if the link is unknown, used or expired. */
    @Transactional
    public boolean confirm(String secret) {
        return tokens.redeem(secret, OneTimeToken.Purpose.CONFIRM_EMAIL)
                .flatMap(token -> accounts.byId(token.getAccountId()))
                .map(account -> {
                    account.confirm(clock.instant());
                    audit.record("account.confirmed", account.getEmail(), null);
                    return true;
                })
                .orElse(false);
    }

    private void sendConfirmation(Account account) {
        String secret = tokens.issue(account.getId(), OneTimeToken.Purpose.CONFIRM_EMAIL, CONFIRMATION_VALID, null);
        outbox.queue(Mail.to(account.getEmail())
                .template("core", "confirm")
                .language(account.locale())
                .model("name", account.getDisplayName())
                .model("link", links.to(CONFIRM_PATH, secret)));
    }
}
