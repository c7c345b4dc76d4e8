package org.impuls.core.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.impuls.core.api.ActivePlugins;
import org.impuls.core.api.Plugin;

/**
 * The plugins present in this installation and their states. A class belongs to the plugin whose
 * {@link Plugin} bean sits in the same package or a parent package (the longest match wins); classes
 * of no plugin (the core) are always active.
 */
@ApplicationScoped
public class PluginRegistry implements ActivePlugins {

    private static final System.Logger LOG = System.getLogger(PluginRegistry.class.getName());
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,40}");

    @Inject
    @Any
    Instance<Plugin> beans;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    private final Map<String, Plugin> plugins = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> packageOwners = new ArrayList<>();
    private final Map<String, PluginState> states = new ConcurrentHashMap<>();

    /** The registry of the running application, for {@link PluginObserverGuard}; one application per server. */
    private static volatile PluginRegistry running;

    @Inject
    jakarta.enterprise.inject.Instance<PluginLifecycle> lifecycle;

    @PostConstruct
    void discover() {
        for (Plugin plugin : beans) {
            String id = plugin.id();
            if (id == null
                    || !ID.matcher(id).matches()
                    || plugins.containsKey(id)
                    || id.equals("core")
                    || id.equals("platform")) {
                LOG.log(
                        Level.ERROR,
                        "plugin {0} ({1}) ignored: its id is invalid or taken",
                        id,
                        realClass(plugin).getName());
                continue;
            }
            plugins.put(id, plugin);
            packageOwners.add(Map.entry(realClass(plugin).getPackageName(), id));
        }
        packageOwners.sort(Comparator.comparingInt(
                        (Map.Entry<String, String> e) -> e.getKey().length())
                .reversed());
        running = this;
    }

    static PluginRegistry running() {
        return running;
    }

    /** Hands a plugin's exception caught by a guard to the lifecycle, which decides whether it is switched off. */
    void contributionFailed(String id, String contribution, Throwable error) {
        lifecycle.get().contributionFailed(id, contribution, error);
    }

    public Collection<Plugin> all() {
        return plugins.values();
    }

    public Optional<Plugin> byId(String id) {
        return Optional.ofNullable(plugins.get(id));
    }

    public boolean isKnown(String id) {
        return plugins.containsKey(id);
    }

    public PluginStatus status(String id) {
        PluginState state = states.get(id);
        if (!plugins.containsKey(id)) {
            return state == null ? PluginStatus.DISCOVERED : PluginStatus.MISSING;
        }
        return state == null ? PluginStatus.DISCOVERED : state.getState();
    }

    public Optional<PluginState> state(String id) {
        return Optional.ofNullable(states.get(id));
    }

    public boolean isActive(String id) {
        return status(id) == PluginStatus.ENABLED;
    }

    /** The plugin a class belongs to, if any. */
    public Optional<String> ownerOf(Class<?> type) {
        String name = realClass(type).getPackageName();
        for (Map.Entry<String, String> owner : packageOwners) {
            if (name.equals(owner.getKey()) || name.startsWith(owner.getKey() + ".")) {
                return Optional.of(owner.getValue());
            }
        }
        return Optional.empty();
    }

    /** Whether a contribution (menu, slot, route, search …) takes part now: the core's always, a plugin's while enabled. */
    @Override
    public boolean takesPart(Object contribution) {
        Class<?> type = contribution instanceof Class<?> given ? given : contribution.getClass();
        return ownerOf(type).map(this::isActive).orElse(true);
    }

    /** Recorded states whose plugin jar is gone. */
    public List<PluginState> missing() {
        return states.values().stream()
                .filter(s -> !plugins.containsKey(s.getPluginId()))
                .toList();
    }

    /** Reads the persisted states; called at start and after every change. */
    void reload() {
        Map<String, PluginState> fresh = new LinkedHashMap<>();
        em.createQuery("select s from PluginState s", PluginState.class)
                .getResultList()
                .forEach(s -> {
                    em.detach(s);
                    fresh.put(s.getPluginId(), s);
                });
        states.keySet().retainAll(fresh.keySet());
        states.putAll(fresh);
    }

    static Class<?> realClass(Object bean) {
        return realClass(bean.getClass());
    }

    /** CDI client proxies are subclasses of the bean class; the bean class decides the package. */
    static Class<?> realClass(Class<?> type) {
        Class<?> real = type;
        while (real.getName().contains("$Proxy$") || real.getName().contains("$$")) {
            real = real.getSuperclass();
        }
        return real;
    }
}
