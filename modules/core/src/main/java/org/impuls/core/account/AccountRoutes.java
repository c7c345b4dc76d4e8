package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.impuls.core.api.PageRoute;
import org.impuls.core.api.RouteContributor;

/** {@code /login}. */
@ApplicationScoped
public class AccountRoutes implements RouteContributor {

    @Override
    public List<PageRoute> routes() {
        return List.of(new PageRoute("/login", "/login.xhtml"));
    }
}
