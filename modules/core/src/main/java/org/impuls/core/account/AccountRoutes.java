package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.impuls.core.api.PageRoute;
import org.impuls.core.api.RouteContributor;

/** The readable URLs of login, registration and the account page. */
@ApplicationScoped
public class AccountRoutes implements RouteContributor {

    @Override
    public List<PageRoute> routes() {
        return List.of(
                new PageRoute("/login", "/login.xhtml"),
                new PageRoute("/registrieren", "/register.xhtml"),
                new PageRoute(Registration.CONFIRM_PATH, "/confirm.xhtml"),
                new PageRoute(EmailChange.CONFIRM_PATH, "/confirm-email.xhtml"),
                new PageRoute(PasswordReset.FORGOT_PATH, "/forgot-password.xhtml"),
                new PageRoute(PasswordReset.RESET_PATH, "/reset-password.xhtml"),
                new PageRoute("/konto", "/account/index.xhtml"));
    }
}
