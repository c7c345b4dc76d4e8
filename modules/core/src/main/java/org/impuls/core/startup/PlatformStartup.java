package org.impuls.core.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.Comparator;
import org.impuls.core.api.DatabaseSchema;
import org.impuls.core.api.PlatformStarted;
import org.impuls.core.config.PortalConfig;

/**
 * Migrates every schema, then announces that the platform has started. An EJB start-up singleton
 * rather than a CDI observer of the application's start: only then are the application's data
 * sources bound. Flyway manages its own transactions, hence bean-managed.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {

    private static final System.Logger LOG = System.getLogger(PlatformStartup.class.getName());

    @Inject
    @Any
    Instance<DatabaseSchema> schemas;

    @Inject
    SchemaMigrator migrator;

    @Inject
    PortalConfig config;

    @Inject
    Event<PlatformStarted> started;

    @Inject
    PlatformStatus status;

    @PostConstruct
    void onStart() {
        long begin = System.nanoTime();
        schemas.stream().sorted(Comparator.comparingInt(DatabaseSchema::order)).forEach(migrator::migrate);
        started.fire(new PlatformStarted(config.demoMode()));
        status.markStarted();
        LOG.log(Level.INFO, "Impuls started in {0} ms (demo mode: {1})",
                (System.nanoTime() - begin) / 1_000_000, config.demoMode());
    }
}
