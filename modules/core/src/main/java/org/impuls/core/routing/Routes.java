package org.impuls.core.routing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.impuls.core.api.PageRoute;
import org.impuls.core.api.RouteContributor;

/** All readable URLs of the portal, gathered once from every {@link RouteContributor}. */
@ApplicationScoped
public class Routes {

    /** A route that matched a path, with the parameters it took from it. */
    public record Match(PageRoute route, Map<String, String> parameters) {
    }

    @Inject
    @Any
    Instance<RouteContributor> contributors;

    private List<PageRoute> routes;

    @PostConstruct
    void collect() {
        List<PageRoute> all = new ArrayList<>();
        contributors.forEach(contributor -> all.addAll(contributor.routes()));
        routes = List.copyOf(all);
    }

    public Optional<Match> match(String path) {
        for (PageRoute route : routes) {
            Optional<Map<String, String>> parameters = route.match(path);
            if (parameters.isPresent()) {
                return Optional.of(new Match(route, parameters.get()));
            }
        }
        return Optional.empty();
    }
}
