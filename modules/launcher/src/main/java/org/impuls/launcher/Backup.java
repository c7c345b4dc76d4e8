package org.impuls.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One backup of an installation: the embedded database (see {@link BaseBackup}) into {@code postgres/},
 * the media folder into {@code media/}, then {@code manifest.json}. Works while a portal runs on the data
 * folder (it uses that portal's PostgreSQL) and while none does (it starts the database for the backup).
 */
final class Backup {

    static final String FAILED = "FAILED";
    static final DateTimeFormatter FOLDER_NAME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

    private Backup() {}

    /** A new folder for a backup made now under {@code parent}. */
    static Path newFolder(Path parent, Instant now) {
        return parent.resolve(FOLDER_NAME.format(now));
    }

    /** Makes a backup into {@code target} (new or empty); on failure leaves a {@code FAILED} file saying why. */
    static Manifest make(Settings settings, Path target) throws IOException, SQLException {
        return make(settings, target, OptionalInt.empty());
    }

    /**
     * As {@link #make(Settings, Path)}, from inside the portal whose embedded PostgreSQL listens on {@code runningPort}:
     * probing the portal's lock from its own process would free it (closing any channel on a file frees the
     * process's POSIX locks on it).
     */
    static Manifest make(Settings settings, Path target, OptionalInt runningPort) throws IOException, SQLException {
        Files.createDirectories(target);
        try (Stream<Path> inside = Files.list(target)) {
            if (inside.findAny().isPresent()) {
                throw new StartFailure("The backup folder " + target + " is not empty. Name a new or empty folder.");
            }
        }
        try {
            Instant now = Instant.now();
            Map<String, String> schemas =
                    settings.externalDbUrl().isEmpty() ? database(settings.dataDir(), target, runningPort) : Map.of();
            copyMedia(mediaDir(settings), target.resolve("media"));
            Manifest manifest =
                    Manifest.of(target, now, version(), settings.externalDbUrl().isEmpty(), schemas);
            manifest.write(target);
            return manifest;
        } catch (IOException | SQLException | RuntimeException failure) {
            markFailed(target, failure);
            throw failure;
        }
    }

    static Path mediaDir(Settings settings) {
        return Settings.read("impuls.media.dir")
                .map(Path::of)
                .orElse(settings.dataDir().resolve("media"))
                .toAbsolutePath();
    }

    static String version() {
        String version = Backup.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    private static Map<String, String> database(Path dataDir, Path target, OptionalInt runningPort)
            throws IOException, SQLException {
        Path folder = dataDir.resolve("postgres");
        if (!Files.isRegularFile(folder.resolve("PG_VERSION"))) {
            throw new StartFailure("There is no embedded database in " + folder + " to back up. Set IMPULS_DATA_DIR to"
                    + " the portal's data folder.");
        }
        if (runningPort.isPresent()) {
            return copyDatabase(runningPort.getAsInt(), folder, target);
        }
        Optional<PortalLock> lock = PortalLock.tryAcquire(dataDir);
        if (lock.isEmpty()) { // a portal runs: back up its PostgreSQL, never start a second one on the folder
            OptionalInt port = PostmasterPid.port(folder);
            if (port.isEmpty()) {
                throw new StartFailure("A portal runs on " + dataDir + " but its database is not up (no port in "
                        + folder.resolve(PostmasterPid.NAME) + "). Try again in a minute.");
            }
            return copyDatabase(port.getAsInt(), folder, target);
        }
        try (PortalLock held = lock.get();
                EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            return copyDatabase(database.port(), folder, target);
        }
    }

    private static Map<String, String> copyDatabase(int port, Path folder, Path target)
            throws IOException, SQLException {
        BaseBackup.copy(EmbeddedDatabase.superuserUrl(port, "postgres"), folder, target.resolve("postgres"));
        return schemaVersions(EmbeddedDatabase.superuserUrl(port, EmbeddedDatabase.NAME));
    }

    /** Each module's latest applied migration, from its history table {@code flyway_<module>}. */
    static Map<String, String> schemaVersions(String url) throws SQLException {
        Map<String, String> versions = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_name like 'flyway\\_%'")) {
                while (found.next()) {
                    tables.add(found.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet latest = statement.executeQuery("select version from \"" + table.replace("\"", "")
                        + "\" where success and version is not null order by installed_rank desc limit 1")) {
                    if (latest.next()) {
                        versions.put(table.substring("flyway_".length()), latest.getString(1));
                    }
                }
            }
        }
        return versions;
    }

    private static void copyMedia(Path media, Path target) throws IOException {
        Files.createDirectories(target);
        if (Files.isDirectory(media)) {
            // files written during the copy may or may not be in it; a medium's row and its file come in either order
            Folders.copy(media, target);
        }
    }

    private static void markFailed(Path target, Exception failure) {
        try {
            Files.writeString(
                    target.resolve(FAILED),
                    Instant.now() + " " + FailedStart.explain(failure, target) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the log line says it; the folder itself is not writable
        }
    }
}
