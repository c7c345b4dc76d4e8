package org.impuls.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL started from the binaries on the class path, its data kept in a folder across
 * restarts. Holds one database, {@code impuls}, owned by the user {@code impuls}.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String NAME = "impuls";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDir) throws IOException, SQLException {
        Path folder = dataDir.resolve("postgres");
        Files.createDirectories(folder);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(false)
                .setPort(FreePort.find())
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        database.createIfMissing();
        return database;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", NAME).replace("user=postgres", "user=" + NAME);
    }

    int port() {
        return postgres.getPort();
    }

    private void createIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + NAME + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create role " + NAME + " login password '" + NAME + "'");
            statement.execute("create database " + NAME + " owner " + NAME);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            Launcher.log("embedded PostgreSQL did not stop cleanly: %s", e.getMessage());
        }
    }
}
