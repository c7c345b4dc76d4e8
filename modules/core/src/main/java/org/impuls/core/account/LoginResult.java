package org.impuls.core.account;

import java.util.Optional;

/** The outcome of a login attempt; only VALID carries the account. */
public record LoginResult(Outcome outcome, Optional<Account> account) {

    /**
     * Why a login did or did not succeed. WRONG stands for an unknown address, a wrong password and an
     * attempt that was throttled alike, so that no caller can answer them differently; the other refusals
     * come only after the right password.
     */
    public enum Outcome {
        VALID,
        WRONG,
        NOT_CONFIRMED,
        LOCKED
    }

    static LoginResult valid(Account account) {
        return new LoginResult(Outcome.VALID, Optional.of(account));
    }

    static LoginResult refused(Outcome outcome) {
        return new LoginResult(outcome, Optional.empty());
    }
}
