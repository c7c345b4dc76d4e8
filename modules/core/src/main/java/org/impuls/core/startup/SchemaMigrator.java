package org.impuls.core.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.impuls.core.api.DatabaseSchema;

/** Brings one migration set up to date, in its own location and history table. */
@ApplicationScoped
public class SchemaMigrator {

    private static final System.Logger LOG = System.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/impuls")
    DataSource dataSource;

    public void migrate(DatabaseSchema schema) {
        // the schema bean's own class loader sees the migrations in its jar (plugins included)
        ClassLoader loader = schema.getClass().getClassLoader();
        var result = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + schema.name())
                .table("flyway_" + schema.name())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.log(Level.INFO, "schema {0}: {1} migration(s) applied, now at version {2}",
                schema.name(), result.migrationsExecuted, result.targetSchemaVersion);
    }
}
