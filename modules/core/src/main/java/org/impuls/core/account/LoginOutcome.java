package org.impuls.core.account;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Carries the precise outcome of a login check from the identity store to the login page, which
 * Jakarta Security only tells "failed". Kept in the request, so it never outlives it.
 */
final class LoginOutcome {

    private static final String ATTRIBUTE = LoginOutcome.class.getName();

    private LoginOutcome() {}

    static void remember(HttpServletRequest request, LoginResult.Outcome outcome) {
        request.setAttribute(ATTRIBUTE, outcome);
    }

    static LoginResult.Outcome of(HttpServletRequest request) {
        Object outcome = request.getAttribute(ATTRIBUTE);
        return outcome instanceof LoginResult.Outcome known ? known : LoginResult.Outcome.WRONG;
    }
}
