package org.impuls.launcher;

import fish.payara.micro.PayaraMicroRuntime;
import java.util.Optional;

/** A started portal; closing it stops Payara Micro and then the embedded database. */
public final class RunningPortal implements AutoCloseable {

    private final PayaraMicroRuntime runtime;
    private final Optional<EmbeddedDatabase> database;
    private final int httpPort;

    RunningPortal(PayaraMicroRuntime runtime, Optional<EmbeddedDatabase> database, int httpPort) {
        this.runtime = runtime;
        this.database = database;
        this.httpPort = httpPort;
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** JDBC URL of the embedded database, for tests that check what was stored. */
    public Optional<String> embeddedJdbcUrl() {
        return database.map(EmbeddedDatabase::jdbcUrl);
    }

    @Override
    public void close() {
        try {
            runtime.shutdown();
        } catch (Exception e) {
            Launcher.log("Payara Micro did not shut down cleanly: %s", e.getMessage());
        }
        database.ifPresent(EmbeddedDatabase::closeQuietly);
    }
}
