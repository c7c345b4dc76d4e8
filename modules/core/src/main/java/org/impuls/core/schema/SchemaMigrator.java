package org.impuls.core.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings one migration set up to date: {@code db/migration/<name>} on the given class loader (the
 * plugin's jar), recorded in the history table {@code flyway_<name>}.
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final System.Logger LOG = System.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/impuls")
    DataSource dataSource;

    public void migrate(String name, ClassLoader loader) {
        var result = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + name)
                .table("flyway_" + name)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load()
                .migrate();
        LOG.log(
                Level.INFO,
                "schema {0}: {1} migration(s) applied, now at version {2}",
                name,
                result.migrationsExecuted,
                result.targetSchemaVersion);
    }

    /** Forgets a migration set's history, for a plugin uninstalled without keeping its data. */
    public void dropHistory(String name) {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("drop table if exists flyway_" + name.replaceAll("[^a-z0-9_]", ""));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot drop the migration history of " + name, e);
        }
    }
}
