package org.impuls.core.account;

import java.util.Optional;

/** The outcome of a login attempt; only VALID carries the account. */
public record LoginResult(Outcome outcome, Optional<Account> account) {

    /** Why a login did or did not succeed. */
    public enum Outcome { VALID, WRONG, NOT_CONFIRMED, LOCKED, THROTTLED }

    static LoginResult valid(Account account) {
        return new LoginResult(Outcome.VALID, Optional.of(account));
    }

    static LoginResult refused(Outcome outcome) {
        return new LoginResult(outcome, Optional.empty());
    }
}
