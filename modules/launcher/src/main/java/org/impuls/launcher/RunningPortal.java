package org.impuls.launcher;

import fish.payara.micro.PayaraMicroRuntime;
import java.util.Optional;

/** A started portal; closing it stops Payara Micro, then the embedded database and demo mail server. */
public final class RunningPortal implements AutoCloseable {

    private final PayaraMicroRuntime runtime;
    private final Optional<EmbeddedDatabase> database;
    private final Optional<DemoMailServer> demoMail;
    private final int httpPort;

    RunningPortal(PayaraMicroRuntime runtime, Optional<EmbeddedDatabase> database, Optional<DemoMailServer> demoMail,
                  int httpPort) {
        this.runtime = runtime;
        this.database = database;
        this.demoMail = demoMail;
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
        demoMail.ifPresent(DemoMailServer::close);
    }
}
