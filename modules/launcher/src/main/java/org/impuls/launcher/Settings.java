package org.impuls.launcher;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the launcher needs to know, read from system properties ({@code -Dimpuls.http.port=…}) or
 * environment variables ({@code IMPULS_HTTP_PORT}), the same names MicroProfile Config uses.
 */
public record Settings(int httpPort, Path dataDir, Optional<String> externalDbUrl, boolean demo, Path war,
                       boolean cluster, String logFormat, Optional<Path> pluginsDir) {

    public Settings {
        if (!logFormat.equals("text") && !logFormat.equals("json")) {
            throw new IllegalArgumentException("IMPULS_LOG_FORMAT must be text or json, was " + logFormat);
        }
    }

    public static Settings fromEnvironment(Path defaultWar) {
        Optional<String> dbUrl = read("impuls.db.url");
        return new Settings(
                read("impuls.http.port").map(Integer::parseInt).orElse(8080),
                Path.of(read("impuls.data.dir").orElse("data")).toAbsolutePath(),
                dbUrl,
                // demo data by default only on the embedded database, never on an external one
                read("impuls.demo").map(Boolean::parseBoolean).orElse(dbUrl.isEmpty()),
                read("impuls.war").map(Path::of).orElse(defaultWar),
                read("impuls.cluster").map(Boolean::parseBoolean).orElse(false),
                read("impuls.log.format").map(String::toLowerCase).orElse("text"),
                read("impuls.plugins.dir").map(Path::of));
    }

    public Settings withHttpPort(int port) {
        return new Settings(port, dataDir, externalDbUrl, demo, war, cluster, logFormat, pluginsDir);
    }

    public Settings withDataDir(Path dir) {
        return new Settings(httpPort, dir, externalDbUrl, demo, war, cluster, logFormat, pluginsDir);
    }

    public Settings withDemo(boolean on) {
        return new Settings(httpPort, dataDir, externalDbUrl, on, war, cluster, logFormat, pluginsDir);
    }

    public Settings withPluginsDir(Path dir) {
        return new Settings(httpPort, dataDir, externalDbUrl, demo, war, cluster, logFormat, Optional.of(dir));
    }

    /** The installation's plugins folder: IMPULS_PLUGINS_DIR, else {@code plugins} in the data folder. */
    public Path plugins() {
        return pluginsDir.orElse(dataDir.resolve("plugins"));
    }

    /** A system property, else the environment variable of the same name (impuls.db.url → IMPULS_DB_URL). */
    static Optional<String> read(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
