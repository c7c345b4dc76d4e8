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
import org.impuls.core.plugin.PluginRegistry;

/** All readable URLs of the portal, gathered once from every {@link RouteContributor}. */
@ApplicationScoped
public class Routes {

    /** A route that matched a path, with the parameters it took from it. */
    public record Match(PageRoute route, Map<String, String> parameters) {}

    private record Owned(PageRoute route, Object contributor) {}

    @Inject
    @Any
    Instance<RouteContributor> contributors;

    @Inject
    PluginRegistry plugins;

    private List<Owned> routes;

    @PostConstruct
    void collect() {
        List<Owned> all = new ArrayList<>();
        contributors.forEach(
                contributor -> contributor.routes().forEach(route -> all.add(new Owned(route, contributor))));
        routes = List.copyOf(all);
    }

    /** The first route of an enabled plugin (or the core) that matches the path. */
    public Optional<Match> match(String path) {
        for (Owned owned : routes) {
            if (!plugins.takesPart(owned.contributor())) {
                continue;
            }
            PageRoute route = owned.route();
            Optional<Map<String, String>> parameters = route.match(path);
            if (parameters.isPresent()) {
                return Optional.of(new Match(route, parameters.get()));
            }
        }
        return Optional.empty();
    }
}
