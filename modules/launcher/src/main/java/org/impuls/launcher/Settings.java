package org.impuls.launcher;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the launcher needs to know, read from system properties ({@code -Dimpuls.http.port=…}) or
 * environment variables ({@code IMPULS_HTTP_PORT}), the same names MicroProfile Config uses.
 */
public record Settings(
        int httpPort,
        Path dataDir,
        Optional<String> externalDbUrl,
        boolean demo,
        Path war,
        boolean cluster,
        String logFormat,
        Optional<Path> pluginsDir,
        Optional<String> baseUrl,
        Optional<String> httpHost) {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String ALL_INTERFACES = "0.0.0.0";

    public Settings {
        if (!logFormat.equals("text") && !logFormat.equals("json")) {
            throw new InvalidSettingException("IMPULS_LOG_FORMAT must be text or json, was " + logFormat);
        }
        baseUrl = baseUrl.map(Settings::checkedBaseUrl);
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
                read("impuls.plugins.dir").map(Path::of),
                read("impuls.base-url"),
                read("impuls.http.host"));
    }

    public Settings withHttpPort(int port) {
        return new Settings(port, dataDir, externalDbUrl, demo, war, cluster, logFormat, pluginsDir, baseUrl, httpHost);
    }

    public Settings withDataDir(Path dir) {
        return new Settings(httpPort, dir, externalDbUrl, demo, war, cluster, logFormat, pluginsDir, baseUrl, httpHost);
    }

    public Settings withDemo(boolean on) {
        return new Settings(
                httpPort, dataDir, externalDbUrl, on, war, cluster, logFormat, pluginsDir, baseUrl, httpHost);
    }

    public Settings withPluginsDir(Path dir) {
        return new Settings(
                httpPort, dataDir, externalDbUrl, demo, war, cluster, logFormat, Optional.of(dir), baseUrl, httpHost);
    }

    /** The installation's plugins folder: IMPULS_PLUGINS_DIR, else {@code plugins} in the data folder. */
    public Path plugins() {
        return pluginsDir.orElse(dataDir.resolve("plugins"));
    }

    /**
     * The portal's public address, the only source of absolute links (mails, sitemap, hreflang) and of the
     * origin that cookie-authenticated writes must come from: IMPULS_BASE_URL, in demo mode by default
     * {@code http://localhost:<port>}. Outside demo mode there is no default: a guess from the request's
     * {@code Host} header would let anyone choose where reset links in genuine mails point.
     */
    public String publicAddress() {
        if (baseUrl.isPresent()) {
            return baseUrl.get();
        }
        if (!demo) {
            throw new InvalidSettingException(
                    "IMPULS_BASE_URL is not set. Outside demo mode the portal needs its public"
                            + " address for the links in its mails, e.g. IMPULS_BASE_URL=https://impuls-kl.de");
        }
        return "http://localhost:" + httpPort;
    }

    /** The interface the HTTP listener binds to: IMPULS_HTTP_HOST, else loopback only in demo mode, else all. */
    public String listenAddress() {
        return httpHost.orElse(demo ? LOOPBACK : ALL_INTERFACES);
    }

    /** The address the launcher itself asks whether the portal is up (a wildcard binding answers on loopback). */
    String localAddress() {
        String listening = listenAddress();
        return listening.equals(ALL_INTERFACES) || listening.equals("::") ? LOOPBACK : listening;
    }

    /** One line for the start-up log: where the portal listens, and in demo mode why only there. */
    String listeningNote() {
        String where = listenAddress() + ":" + httpPort;
        if (demo && httpHost.isEmpty()) {
            return "demo mode: listening on " + where
                    + " only; set IMPULS_HTTP_HOST=0.0.0.0 to listen on all interfaces"
                    + " (demo mode publishes passwords and every mail: never in public)";
        }
        return "listening on " + where + (demo ? " in demo mode (demo mode publishes passwords and every mail)" : "");
    }

    /** A system property, else the environment variable of the same name (impuls.db.url → IMPULS_DB_URL). */
    static Optional<String> read(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** An absolute http(s) address with a host and nothing after the path, without a trailing slash. */
    private static String checkedBaseUrl(String url) {
        String refusal =
                "IMPULS_BASE_URL must be an http:// or https:// address such as https://impuls-kl.de, was " + url;
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(refusal);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new InvalidSettingException(refusal);
        }
        String normalised = scheme + url.substring(scheme.length());
        return normalised.replaceAll("/+$", "");
    }
}
