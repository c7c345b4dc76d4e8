package org.impuls.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * A real PostgreSQL started from the binaries on the class path, its data kept in a folder across
 * restarts. Holds one database, {@code impuls}, owned by the user {@code impuls}. Its output goes to
 * {@code <data dir>/logs/postgres.log}.
 */
final class EmbeddedDatabase implements AutoCloseable, DatabaseWatchdog.Watched {

    static final String NAME = "impuls";
    static final String LOG_FILE = "postgres.log";
    /** Crash recovery replays the write-ahead log since the last checkpoint: more than zonky's 10 s on a big shop. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    private final Path folder;
    private final Path log;
    private final int port;
    private volatile EmbeddedPostgres postgres;
    private volatile long postmasterPid;

    private EmbeddedDatabase(Path folder, Path log, int port) {
        this.folder = folder;
        this.log = log;
        this.port = port;
    }

    static EmbeddedDatabase start(Path dataDir) throws IOException, SQLException {
        Path folder = dataDir.resolve("postgres");
        Files.createDirectories(folder);
        Path logs = FailedStart.logs(dataDir);
        Files.createDirectories(logs);
        EmbeddedDatabase database = new EmbeddedDatabase(folder, logs.resolve(LOG_FILE), FreePort.find());
        database.startPostgres();
        database.createIfMissing();
        return database;
    }

    private void startPostgres() throws IOException {
        LeftoverPostgres.clear(folder);
        // zonky locks this file for the life of its instance; an instance that failed to start never lets go of
        // it, and a restart in this JVM would then fail on the lock. The portal's own lock guards the folder.
        Files.deleteIfExists(folder.resolve("epg-lock"));
        ProcessBuilder.Redirect output = ProcessBuilder.Redirect.appendTo(log.toFile());
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                // zonky starts PostgreSQL for throw-away test databases: without fsync (-F, which this overrides) a
                // power
                // cut can damage the data beyond repair, and without synchronous commit it loses orders already
                // confirmed
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setOutputRedirector(output)
                .setErrorRedirector(output)
                .start();
        postmasterPid = PostmasterPid.in(folder).map(PostmasterPid::pid).orElse(0L);
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", NAME).replace("user=postgres", "user=" + NAME);
    }

    /** The superuser {@code postgres} (zonky's initdb trusts local connections) of the server on {@code port}. */
    static String superuserUrl(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=postgres";
    }

    int port() {
        return port;
    }

    /** The postmaster's process id, for tests that kill it. */
    OptionalLong pid() {
        return postmasterPid == 0 ? OptionalLong.empty() : OptionalLong.of(postmasterPid);
    }

    @Override
    public boolean running() {
        return postmasterPid == 0 || ProcessTable.LINUX.find(postmasterPid).isPresent();
    }

    /** Starts PostgreSQL again on the same port and folder after its process died; it recovers at start. */
    @Override
    public synchronized void restart() throws IOException {
        closeQuietly(); // frees zonky's lock on the folder; stopping the dead server fails quietly
        startPostgres();
    }

    @Override
    public String describe() {
        return "process " + postmasterPid + ", port " + port;
    }

    private void createIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet exists =
                    statement.executeQuery("select 1 from pg_database where datname = '" + NAME + "'")) {
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
