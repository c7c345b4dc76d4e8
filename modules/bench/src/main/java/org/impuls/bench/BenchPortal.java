package org.impuls.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The portal under measurement: the launcher jar started as users start it, as a child process with the
 * README's flags, on a PostgreSQL the bench can read from (ids, categories; it writes only through the portal's
 * own REST paths): one of its own (external to the portal), or the launcher's embedded one, which is what the
 * {@code backup} command backs up.
 */
final class BenchPortal implements AutoCloseable {

    private final Optional<EmbeddedPostgres> database;
    private final Path dataDir;
    private final Process server;
    private final String baseUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BenchPortal(Optional<EmbeddedPostgres> database, Path dataDir, Process server, String baseUrl) {
        this.database = database;
        this.dataDir = dataDir;
        this.server = server;
        this.baseUrl = baseUrl;
    }

    /** A portal on the bench's own PostgreSQL; returns once {@code /health} answers. */
    static BenchPortal start(Path launcherJar, Path workDir) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        EmbeddedPostgres database = EmbeddedPostgres.builder()
                .setDataDirectory(workDir.resolve("postgres"))
                .setCleanDataDirectory(true)
                .start();
        return launch(
                launcherJar,
                workDir,
                Optional.of(database),
                Map.of(
                        "IMPULS_DB_URL",
                        database.getJdbcUrl("postgres", "postgres"),
                        "IMPULS_DB_USER",
                        "postgres",
                        "IMPULS_DB_PASSWORD",
                        "postgres"),
                "/health");
    }

    /** A portal on the launcher's embedded PostgreSQL in {@code workDir/data}; returns once {@code /health/ready} is UP. */
    static BenchPortal startOnEmbeddedDatabase(Path launcherJar, Path workDir)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        return launch(launcherJar, workDir, Optional.empty(), Map.of(), "/health/ready");
    }

    private static BenchPortal launch(
            Path launcherJar,
            Path workDir,
            Optional<EmbeddedPostgres> database,
            Map<String, String> dbSettings,
            String health)
            throws IOException, InterruptedException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-XX:+UseSerialGC",
                        "-jar",
                        launcherJar.toString())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("portal.log").toFile());
        builder.environment().putAll(dbSettings);
        builder.environment().put("IMPULS_DEMO", "true");
        builder.environment().put("IMPULS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("IMPULS_DATA_DIR", workDir.resolve("data").toString());
        BenchPortal portal =
                new BenchPortal(database, workDir.resolve("data"), builder.start(), "http://127.0.0.1:" + port);
        portal.awaitHealth(health, Duration.ofMinutes(3));
        return portal;
    }

    /** The superuser's connection; on the launcher's database through the port in its {@code postmaster.pid}. */
    Connection connection() throws SQLException {
        if (database.isPresent()) {
            return database.get().getPostgresDatabase().getConnection();
        }
        try {
            String port = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"))
                    .get(3)
                    .trim();
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/impuls?user=postgres");
        } catch (IOException e) {
            throw new SQLException("no running embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** The portal's process id, for thread dumps ({@code jstack}). */
    long pid() {
        return server.pid();
    }

    Path dataDir() {
        return dataDir;
    }

    String baseUrl() {
        return baseUrl;
    }

    HttpClient http() {
        return http;
    }

    /** GETs a path (German, as most visitors); anything but 200 stops the run, so no figure stands on errors. */
    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Accept-Language", "de")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** A personal API token for a (demo) account, made from its credentials as {@code POST /api/core/tokens} makes them. */
    String token(String email, String password) throws IOException, InterruptedException {
        String body = send(
                "POST",
                "/api/core/tokens",
                null,
                "application/json",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"bench\"}");
        java.util.regex.Matcher token =
                java.util.regex.Pattern.compile("\"token\":\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("no token in " + body);
        }
        return token.group(1);
    }

    /** Sends a body with a bearer token (or none); anything but 2xx stops the run, so no figure stands on half-loaded data. */
    String send(String method, String path, String token, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The latency of a path: {@code warmUp} requests first, then {@code runs} timed ones, one after another. */
    Latencies timed(String path, int warmUp, int runs) throws IOException, InterruptedException {
        for (int i = 0; i < warmUp; i++) {
            get(path);
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            get(path);
            latencies.add(System.nanoTime() - start);
        }
        return latencies;
    }

    /** The server's resident memory, from /proc (Linux). */
    long residentKilobytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(server.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private void awaitHealth(String path, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the portal stopped; see portal.log in the work folder");
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the portal did not become healthy within " + patience);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        server.destroy();
        server.waitFor();
        if (database.isPresent()) {
            database.get().close();
        }
    }
}
