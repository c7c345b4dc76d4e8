package org.impuls.core.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.impuls.core.api.SearchHit;
import org.impuls.core.api.SearchProvider;
import org.impuls.core.i18n.Language;
import org.impuls.core.i18n.MessageCatalog;
import org.impuls.core.plugin.PluginLifecycle;
import org.impuls.core.plugin.PluginRegistry;

/** Asks every search provider and groups the hits; one failing provider does not spoil the rest. */
@ApplicationScoped
public class SiteSearch {

    private static final System.Logger LOG = System.getLogger(SiteSearch.class.getName());
    static final int HITS_PER_GROUP = 10;

    @Inject
    @Any
    Instance<SearchProvider> providers;

    @Inject
    MessageCatalog messages;

    @Inject
    PluginRegistry plugins;

    @Inject
    PluginLifecycle lifecycle;

    /** Groups with at least one hit, in the providers' order; empty for a blank query. */
    public List<SearchGroup> search(String query, Language language) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String trimmed = query.strip();
        List<SearchGroup> groups = new ArrayList<>();
        providers.stream()
                .filter(plugins::takesPart)
                .sorted(Comparator.comparingInt(SearchProvider::order).thenComparing(SearchProvider::id))
                .forEach(provider -> {
                    List<SearchHit> hits = safely(provider, p -> p.search(trimmed, language.locale(), HITS_PER_GROUP));
                    if (!hits.isEmpty()) {
                        groups.add(new SearchGroup(
                                provider.id(), messages.text(language, provider.groupLabelKey()), hits));
                    }
                });
        return groups;
    }

    private List<SearchHit> safely(SearchProvider provider, Function<SearchProvider, List<SearchHit>> call) {
        try {
            return call.apply(provider);
        } catch (RuntimeException e) {
            // a plugin's provider: the lifecycle logs it and decides whether the plugin is switched off
            Optional<String> plugin = plugins.ownerOf(provider.getClass());
            if (plugin.isPresent()) {
                lifecycle.contributionFailed(plugin.get(), "search provider " + provider.id(), e);
            } else {
                LOG.log(Level.WARNING, "search provider " + provider.id() + " failed; its group is left out", e);
            }
            return List.of();
        }
    }
}
