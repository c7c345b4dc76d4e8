package org.impuls.launcher;

import fish.payara.micro.PayaraMicroRuntime;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A started portal; closing it stops Payara Micro, then the embedded database and demo mail server,
 * and frees the data folder.
 */
public final class RunningPortal implements AutoCloseable {

    private final PayaraMicroRuntime runtime;
    private final Optional<EmbeddedDatabase> database;
    private final Optional<DemoMailServer> demoMail;
    private final int httpPort;
    private final PortalLock lock;
    private final Optional<DatabaseWatchdog> watchdog;
    private final Optional<ScheduledBackups> backups;
    private final Path dataDir;

    RunningPortal(
            PayaraMicroRuntime runtime,
            Optional<EmbeddedDatabase> database,
            Optional<DemoMailServer> demoMail,
            int httpPort,
            PortalLock lock,
            Optional<ScheduledBackups> backups,
            Path dataDir) {
        this.dataDir = dataDir;
        this.backups = backups;
        this.runtime = runtime;
        this.database = database;
        this.demoMail = demoMail;
        this.httpPort = httpPort;
        this.lock = lock;
        this.watchdog = database.map(db -> DatabaseWatchdog.start(db, RunningPortal::stopForGood));
    }

    /** The database cannot be kept running: end the process (the shutdown hook closes the portal). */
    private static void stopForGood() {
        System.exit(1);
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** The data folder, for tests that back it up. */
    public Path dataDir() {
        return dataDir;
    }

    /** JDBC URL of the embedded database, for tests that check what was stored. */
    public Optional<String> embeddedJdbcUrl() {
        return database.map(EmbeddedDatabase::jdbcUrl);
    }

    /** Process id of the embedded PostgreSQL's postmaster, for tests that kill it. */
    public OptionalLong embeddedPostgresPid() {
        return database.map(EmbeddedDatabase::pid).orElse(OptionalLong.empty());
    }

    @Override
    public void close() {
        backups.ifPresent(ScheduledBackups::close);
        watchdog.ifPresent(DatabaseWatchdog::stop);
        try {
            runtime.shutdown();
        } catch (Exception e) {
            Launcher.log("Payara Micro did not shut down cleanly: %s", e.getMessage());
        }
        database.ifPresent(EmbeddedDatabase::closeQuietly);
        demoMail.ifPresent(DemoMailServer::close);
        lock.close();
    }
}
