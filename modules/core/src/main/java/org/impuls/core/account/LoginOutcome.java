package org.impuls.core.account;

/**
 * Carries the precise outcome of the last login check on this thread from the identity store to the
 * login page, which Jakarta Security only tells "failed".
 */
final class LoginOutcome {

    private static final ThreadLocal<LoginResult.Outcome> LAST = new ThreadLocal<>();

    private LoginOutcome() {
    }

    static void remember(LoginResult.Outcome outcome) {
        LAST.set(outcome);
    }

    static LoginResult.Outcome take() {
        LoginResult.Outcome outcome = LAST.get();
        LAST.remove();
        return outcome == null ? LoginResult.Outcome.WRONG : outcome;
    }
}
