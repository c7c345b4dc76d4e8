package org.impuls.core.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.impuls.core.api.PageRoute;
import org.impuls.core.api.RouteContributor;

/** The search page lives at {@code /suche}. */
@ApplicationScoped
public class SearchRoutes implements RouteContributor {

    public static final String PATH = "/suche";

    @Override
    public List<PageRoute> routes() {
        return List.of(new PageRoute(PATH, "/search.xhtml"));
    }
}
