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
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * The portal under measurement: its own embedded PostgreSQL (so the bench can load rows directly)
 * and the launcher jar started as users start it, as a child process with the README's flags.
 */
final class BenchPortal implements AutoCloseable {

    private final EmbeddedPostgres database;
    private final Process server;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BenchPortal(EmbeddedPostgres database, Process server, String baseUrl) {
        this.database = database;
        this.server = server;
        this.baseUrl = baseUrl;
    }

    static BenchPortal start(Path launcherJar, Path workDir) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        EmbeddedPostgres database = EmbeddedPostgres.builder().setDataDirectory(workDir.resolve("postgres"))
                .setCleanDataDirectory(true).start();
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-jar", launcherJar.toString())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("portal.log").toFile());
        builder.environment().put("IMPULS_DB_URL", database.getJdbcUrl("postgres", "postgres"));
        builder.environment().put("IMPULS_DB_USER", "postgres");
        builder.environment().put("IMPULS_DB_PASSWORD", "postgres");
        builder.environment().put("IMPULS_DEMO", "true");
        builder.environment().put("IMPULS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("IMPULS_DATA_DIR", workDir.resolve("data").toString());
        BenchPortal portal = new BenchPortal(database, builder.start(), "http://127.0.0.1:" + port);
        portal.awaitHealth(Duration.ofMinutes(3));
        return portal;
    }

    Connection connection() throws SQLException {
        return database.getPostgresDatabase().getConnection();
    }

    String baseUrl() {
        return baseUrl;
    }

    HttpClient http() {
        return http;
    }

    /** GETs a path (German, as most visitors); anything but 200 stops the run, so no figure stands on errors. */
    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept-Language", "de").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
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

    private void awaitHealth(Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the portal stopped; see portal.log in the work folder");
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
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
        database.close();
    }
}
