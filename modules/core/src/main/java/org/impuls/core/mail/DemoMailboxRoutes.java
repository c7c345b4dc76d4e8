package org.impuls.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.impuls.core.api.PageRoute;
import org.impuls.core.api.RouteContributor;

/** {@code /demo/postfach}: the demo mailbox. */
@ApplicationScoped
public class DemoMailboxRoutes implements RouteContributor {

    @Override
    public List<PageRoute> routes() {
        return List.of(new PageRoute("/demo/postfach", "/demo-mailbox.xhtml"));
    }
}
