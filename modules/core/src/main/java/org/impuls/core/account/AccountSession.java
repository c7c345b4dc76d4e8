package org.impuls.core.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Objects;
import java.util.Optional;

/**
 * What a logged-in session remembers: the account id and the account's credentials generation at the
 * login. A password change or reset raises the generation, so sessions begun before it no longer count;
 * the session that changed the password is moved on to the new generation and stays.
 */
final class AccountSession {

    private static final String ACCOUNT = "impuls.account";
    private static final String GENERATION = "impuls.account.generation";

    private AccountSession() {}

    static void begin(HttpSession session, Account account) {
        session.setAttribute(ACCOUNT, account.getId());
        session.setAttribute(GENERATION, account.getCredentialsGeneration());
    }

    static Optional<Long> accountId(HttpSession session) {
        return session.getAttribute(ACCOUNT) instanceof Long id ? Optional.of(id) : Optional.empty();
    }

    /** Whether the session began under the account's current password. */
    static boolean isCurrent(HttpSession session, Account account) {
        return Objects.equals(session.getAttribute(GENERATION), account.getCredentialsGeneration());
    }

    /** After a password change made in this request's session: that session stays logged in. */
    static void keep(HttpServletRequest request, Account account) {
        HttpSession session = request.getSession(false);
        if (session != null
                && accountId(session).filter(account.getId()::equals).isPresent()) {
            session.setAttribute(GENERATION, account.getCredentialsGeneration());
        }
    }

    static void end(HttpSession session) {
        session.removeAttribute(ACCOUNT);
        session.removeAttribute(GENERATION);
    }
}
