package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.mail.Mail;
import org.impuls.core.api.mail.Outbox;

/** A new address takes effect only once a link sent to it was followed; the old address is told. */
@ApplicationScoped
public class EmailChange {

    static final String CONFIRM_PATH = "/konto/adresse-bestaetigen";
    private static final Duration VALID = Duration.ofDays(2);

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

    @Transactional
    public void request(long accountId, String newEmail, String password) {
        Account account = accounts.byId(accountId).orElseThrow();
        credentials.requirePassword(account, password);
        String address = Accounts.checkEmail(newEmail, "newEmail");
        if (accounts.byEmail(address).isPresent()) {
            throw new InvalidInputException("newEmail", "this address belongs to another account");
        }
        String secret = tokens.issue(accountId, OneTimeToken.Purpose.CHANGE_EMAIL, VALID, address);
        outbox.queue(Mail.to(address)
                .template("core", "change-email")
                .language(account.locale())
                .model("name", account.getDisplayName())
                .model("link", links.to(CONFIRM_PATH, secret)));
        outbox.queue(Mail.to(account.getEmail())
                .template("core", "change-email-notice")
                .language(account.locale())
                .model("name", account.getDisplayName())
                .model("newEmail", address));
        audit.record("account.email-change-requested", account.getEmail(), "to " + address);
    }

    @Transactional
    public boolean confirm(String secret) {
        return tokens.redeem(secret, OneTimeToken.Purpose.CHANGE_EMAIL)
                .flatMap(token -> accounts.byId(token.getAccountId()).map(account -> {
                    if (accounts.byEmail(token.getNewEmail()).isPresent()) {
                        return false; // taken meanwhile
                    }
                    String old = account.getEmail();
                    account.setEmail(token.getNewEmail());
                    audit.record("account.email-changed", old, "to " + token.getNewEmail());
                    return true;
                }))
                .orElse(false);
    }
}
