package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impuls.core.api.PlatformStarted;

/**
 * At start: the first operator from configuration (seed data, always), and in demo mode the demo
 * accounts printed in the README (demo data, never without demo mode).
 */
@ApplicationScoped
public class AccountSeed {

    static final String DEMO_OPERATOR = "operator@impuls.example";
    static final String DEMO_CUSTOMER = "kunde@impuls.example";
    /** The directory's demo data makes this account the owner of a demo business. */
    static final String DEMO_MERCHANT = "haendler@impuls.example";

    private static final System.Logger LOG = System.getLogger(AccountSeed.class.getName());

    @Inject
    @ConfigProperty(name = "impuls.operator.email")
    Optional<String> operatorEmail;

    @Inject
    @ConfigProperty(name = "impuls.operator.password")
    Optional<String> operatorPassword;

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Transactional
    void seed(@Observes PlatformStarted started) {
        if (operatorEmail.isPresent() && operatorPassword.isPresent()) {
            ensure(operatorEmail.get(), "Betreiber", operatorPassword.get(), true);
        }
        if (started.demoMode()) {
            ensure(DEMO_OPERATOR, "Olivia Operator (Demo)", "operator-demo", true);
            ensure(DEMO_CUSTOMER, "Karl Kunde (Demo)", "kunde-demo", false);
            ensure(DEMO_MERCHANT, "Hanna Händler (Demo)", "haendler-demo", false);
        }
    }

    /** Creates the account if its address is new; an existing one keeps its password and only gains the operator role. */
    private void ensure(String email, String name, String password, boolean operator) {
        Account account = accounts.byEmail(email).orElseGet(() -> {
            Account created = new Account(
                    Accounts.checkEmail(email, "impuls.operator.email"),
                    name,
                    passwords.hash(password),
                    "de",
                    clock.instant());
            created.confirm(clock.instant());
            accounts.add(created);
            LOG.log(Level.INFO, "created account {0}", email);
            return created;
        });
        if (operator) {
            account.makeOperator();
        }
    }
}
