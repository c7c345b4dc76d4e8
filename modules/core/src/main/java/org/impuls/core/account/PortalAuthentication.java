package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.impuls.core.rest.UnauthorizedProblemServlet;

/**
 * The portal's one authentication mechanism, for browsers and REST clients alike:
 * <ul>
 *   <li>{@code Authorization: Bearer impuls_…} authenticates a REST call with a personal API token, without a session;</li>
 *   <li>the login page hands e-mail and password over with {@code SecurityContext.authenticate}; on success the
 *       session id changes (no fixation) and the session remembers the account;</li>
 *   <li>each later request re-checks that account, so a lock or deletion takes effect at once, and a password
 *       change or reset ends every session begun before it (but the one that made the change, see {@link AccountSession});</li>
 *   <li>anonymous access to a protected page leads to {@code /login} and back; to a protected API, to 401.</li>
 * </ul>
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ApiTokens apiTokens;

    @Inject
    Accounts accounts;

    @Inject
    RolesOf roles;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isPublicAsset(request) && !context.isAuthenticationRequest()) {
            return context
                    .doNothing(); // scripts, styles and images need no caller: spare the account lookups (a private
            // image asks)
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return apiTokens
                    .authenticate(authorization.substring(7).strip())
                    .map(account ->
                            context.notifyContainerAboutLogin(String.valueOf(account.getId()), roles.of(account)))
                    .orElseGet(() ->
                            unauthorized(request, context, "The bearer token is unknown, expired or was revoked."));
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return logIn(request, context, identityStores.validate(credential));
        }
        Optional<Account> remembered = rememberedAccount(request);
        if (remembered.isPresent()) {
            Account account = remembered.get();
            return context.notifyContainerAboutLogin(String.valueOf(account.getId()), roles.of(account));
        }
        if (context.isProtected() && !isPublicAsset(request)) { // a private image asking who calls is no protected page
            if (isApi(request)) {
                return unauthorized(
                        request, context, "Log in or send a personal API token as 'Authorization: Bearer …'.");
            }
            ContinueAfterLogin.remember(request);
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            AccountSession.end(session);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus logIn(
            HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<Account> account =
                accounts.byId(Long.parseLong(result.getCallerPrincipal().getName()));
        if (account.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE; // deleted in the very moment
        }
        request.getSession(true);
        request.changeSessionId(); // a session id known before the login is worthless after it
        AccountSession.begin(request.getSession(), account.get());
        return context.notifyContainerAboutLogin(result);
    }

    private Optional<Account> rememberedAccount(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Optional<Long> id = session == null ? Optional.empty() : AccountSession.accountId(session);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.byId(id.get())
                .filter(Account::canLogIn)
                .filter(current -> AccountSession.isCurrent(session, current));
        if (account.isEmpty()) {
            session.invalidate(); // locked or deleted since the login, or its password changed
        }
        return account;
    }

    private static boolean isPublicAsset(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/media/")
                || path.startsWith("/webjars/");
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** 401 through the container, whose error page writes the problem document; the request goes no further. */
    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpMessageContext context, String detail) {
        request.setAttribute(UnauthorizedProblemServlet.DETAIL, detail);
        return context.responseUnauthorized();
    }
}
