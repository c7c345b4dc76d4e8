package org.impuls.core.plugin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.Plugin;
import org.impuls.core.schema.SchemaMigrator;

/**
 * Moves plugins through their lifecycle: install (migrations, in the plugin's own history table),
 * enable ⇄ disable, uninstall (keeping or dropping its data), and brings installed plugins up to date
 * at each start (new migrations: the upgrade). Refuses what would break: a too old core, a missing or
 * disabled dependency, a plugin others depend on. A plugin that throws in a lifecycle hook is marked
 * failed and the portal goes on without it; one whose observer or search provider throws is marked failed
 * or kept enabled as {@link FailurePolicy} says.
 */
@ApplicationScoped
public class PluginLifecycle {

    private static final System.Logger LOG = System.getLogger(PluginLifecycle.class.getName());

    @Inject
    PluginRegistry registry;

    @Inject
    PluginStates states;

    @Inject
    SchemaMigrator migrator;

    @Inject
    AuditTrail audit;

    @Resource(lookup = "java:app/jdbc/impuls")
    DataSource dataSource;

    /** At start: built-in modules installed and enabled, installed plugins upgraded, enabled ones started. */
    public void startAll() {
        states.reload();
        for (Plugin plugin : registry.all()) {
            String id = plugin.id();
            try {
                if (plugin.alwaysOn() && registry.status(id) == PluginStatus.DISCOVERED) {
                    install(id);
                }
                PluginStatus status = registry.status(id);
                if (status == PluginStatus.DISCOVERED) {
                    continue;
                }
                migrate(plugin);
                if (plugin.alwaysOn() || status == PluginStatus.ENABLED) {
                    start(plugin);
                }
            } catch (RuntimeException e) {
                fail(id, e);
            }
        }
    }

    public void install(String id) {
        Plugin plugin = known(id);
        if (registry.status(id) != PluginStatus.DISCOVERED) {
            throw new PluginRefusal(plugin.name() + " is already installed.");
        }
        if (!Versions.atLeast(Versions.CORE, plugin.requiredCoreVersion())) {
            throw new PluginRefusal(plugin.name() + " " + plugin.version() + " needs core "
                    + plugin.requiredCoreVersion() + " or newer; this is core " + Versions.CORE + ".");
        }
        migrate(plugin);
        states.installed(id, plugin.version());
        guarded(plugin, plugin::installed);
        audit.record("plugin.installed", id, plugin.version());
    }

    public void enable(String id) {
        Plugin plugin = known(id);
        PluginStatus status = registry.status(id);
        if (status == PluginStatus.DISCOVERED) {
            throw new PluginRefusal("Install " + plugin.name() + " before enabling it.");
        }
        List<String> missing = plugin.dependencies().stream()
                .filter(dependency -> !registry.isActive(dependency))
                .toList();
        if (!missing.isEmpty()) {
            throw new PluginRefusal(
                    plugin.name() + " needs these plugins enabled first: " + String.join(", ", missing) + ".");
        }
        start(plugin);
        audit.record("plugin.enabled", id, registry.status(id).name());
    }

    public void disable(String id) {
        Plugin plugin = known(id);
        if (plugin.alwaysOn()) {
            throw new PluginRefusal(plugin.name() + " is part of the platform and cannot be disabled.");
        }
        List<String> dependents = dependentsOf(id);
        if (!dependents.isEmpty()) {
            throw new PluginRefusal(
                    "Disable " + String.join(", ", dependents) + " first: they need " + plugin.name() + ".");
        }
        if (registry.status(id) == PluginStatus.ENABLED) {
            guarded(plugin, plugin::disabled);
        }
        states.moveTo(id, PluginStatus.INSTALLED);
        audit.record("plugin.disabled", id, null);
    }

    /** Removes the plugin from this installation; without keepData its tables and settings go too. */
    public void uninstall(String id, boolean keepData) {
        Plugin plugin = known(id);
        if (plugin.alwaysOn()) {
            throw new PluginRefusal(plugin.name() + " is part of the platform and cannot be uninstalled.");
        }
        if (registry.status(id) == PluginStatus.ENABLED) {
            throw new PluginRefusal("Disable " + plugin.name() + " before uninstalling it.");
        }
        if (!keepData) {
            dropData(plugin);
        }
        states.forget(id, !keepData);
        audit.record("plugin.uninstalled", id, keepData ? "data kept" : "data removed");
    }

    /** Marks a plugin failed: its contributions go inert and the operator sees why. */
    public void fail(String id, Throwable cause) {
        String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        LOG.log(Level.ERROR, "plugin " + id + " failed and was switched off", cause);
        if (registry.status(id) != PluginStatus.DISCOVERED) {
            states.failed(id, reason);
        }
        audit.record("plugin.failed", id, auditable(reason));
    }

    /**
     * A plugin's observer or search provider ({@code contribution}, e.g. {@code observer OrderMails#placed})
     * threw while serving someone else. {@link FailurePolicy} decides: either the plugin is marked failed,
     * or the failure is logged and audited as {@code plugin.error} and the plugin stays enabled.
     */
    public void contributionFailed(String id, String contribution, Throwable cause) {
        Plugin plugin = registry.byId(id).orElse(null);
        if (plugin == null || FailurePolicy.switchesOff(plugin, cause)) {
            fail(id, cause);
            return;
        }
        String why = plugin.alwaysOn() ? "it is part of the platform" : "the failure is transient";
        LOG.log(Level.ERROR, "plugin " + id + ": " + contribution + " failed; it stays enabled, " + why, cause);
        try {
            audit.record("plugin.error", id, auditable(contribution + ": " + described(cause)));
        } catch (RuntimeException auditFailed) {
            // the database may be what failed; the log above has it, and the caller must not fail for it
            LOG.log(Level.WARNING, "plugin " + id + ": the failure could not be audited", auditFailed);
        }
    }

    /** The exception's class and message, and its root cause's where that is another (the driver's SQL error). */
    private static String described(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = cause.getClass().getName() + ": " + cause.getMessage();
        return root == cause ? top : top + " (caused by " + root.getClass().getName() + ": " + root.getMessage() + ")";
    }

    /** The audit's detail column holds 2000 characters; EclipseLink's messages can be longer. */
    private static String auditable(String detail) {
        return detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
    }

    private void start(Plugin plugin) {
        try {
            plugin.enabled();
            states.moveTo(plugin.id(), PluginStatus.ENABLED);
        } catch (RuntimeException e) {
            fail(plugin.id(), e);
        }
    }

    private void migrate(Plugin plugin) {
        migrator.migrate(plugin.id(), PluginRegistry.realClass(plugin).getClassLoader());
        if (registry.state(plugin.id())
                .map(s -> !s.getInstalledVersion().equals(plugin.version()))
                .orElse(false)) {
            states.installed(plugin.id(), plugin.version());
            audit.record("plugin.upgraded", plugin.id(), plugin.version());
        }
    }

    private void guarded(Plugin plugin, Runnable hook) {
        try {
            hook.run();
        } catch (RuntimeException e) {
            fail(plugin.id(), e);
        }
    }

    /** Runs {@code db/uninstall/<id>.sql} from the plugin's jar and forgets its migration history. */
    private void dropData(Plugin plugin) {
        String script = "db/uninstall/" + plugin.id() + ".sql";
        try (InputStream in = PluginRegistry.realClass(plugin).getClassLoader().getResourceAsStream(script)) {
            if (in != null) {
                try (Connection connection = dataSource.getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | SQLException e) {
            throw new PluginRefusal("Removing the data of " + plugin.name() + " failed: " + e.getMessage());
        }
        migrator.dropHistory(plugin.id());
    }

    private List<String> dependentsOf(String id) {
        return registry.all().stream()
                .filter(other -> other.dependencies().contains(id) && registry.isActive(other.id()))
                .map(Plugin::name)
                .toList();
    }

    private Plugin known(String id) {
        return registry.byId(id)
                .orElseThrow(() -> new PluginRefusal("There is no plugin '" + id + "' in this installation."));
    }
}
