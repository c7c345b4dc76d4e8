package org.impuls.core.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import org.impuls.core.api.PlatformStarted;
import org.impuls.core.config.PortalConfig;
import org.impuls.core.plugin.PluginLifecycle;
import org.impuls.core.schema.SchemaMigrator;

/**
 * Migrates the core's schema, brings the plugins up (see {@link PluginLifecycle#startAll()}), then
 * announces that the platform has started. An EJB start-up singleton
 * rather than a CDI observer of the application's start: only then are the application's data
 * sources bound. Flyway manages its own transactions, hence bean-managed.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {

    private static final System.Logger LOG = System.getLogger(PlatformStartup.class.getName());

    @Inject
    SchemaMigrator migrator;

    @Inject
    PluginLifecycle plugins;

    @Inject
    PortalConfig config;

    @Inject
    Event<PlatformStarted> started;

    @Inject
    PlatformStatus status;

    @PostConstruct
    void onStart() {
        long begin = System.nanoTime();
        migrator.migrate("core", PlatformStartup.class.getClassLoader());
        plugins.startAll();
        started.fire(new PlatformStarted(config.demoMode()));
        status.markStarted();
        LOG.log(
                Level.INFO,
                "Impuls started in {0} ms (demo mode: {1})",
                (System.nanoTime() - begin) / 1_000_000,
                config.demoMode());
    }
}
