package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.impuls.launcher.FreePort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's run command after a crash (#23): the portal's JVM is killed with SIGKILL, as the kernel's
 * out-of-memory killer does, its embedded PostgreSQL lives on as an orphan; the next run must start
 * cleanly. The portals run in child JVMs from {@code modules/launcher/target/impuls.jar}.
 */
class PortalCrashRestartIT {

    private static final Path JAR =
            Path.of("..", "launcher", "target", "impuls.jar").toAbsolutePath().normalize();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private Path data;
    private Process first;
    private Process second;

    @AfterEach
    void cleanUp() throws IOException, InterruptedException {
        if (data == null) {
            return;
        }
        for (Process portal : new Process[] {first, second}) {
            if (portal != null) {
                portal.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        // a postmaster this test left behind on its folder (only if a step above failed)
        Path lock = data.resolve("postgres").resolve("postmaster.pid");
        if (Files.exists(lock)) {
            long pid = Long.parseLong(Files.readAllLines(lock).get(0).trim());
            ProcessHandle.of(pid)
                    .filter(process -> process.info()
                            .commandLine()
                            .orElse("")
                            .contains(data.resolve("postgres").toString()))
                    .ifPresent(ProcessHandle::destroyForcibly);
            Thread.sleep(500); // not our child: nothing to wait on
        }
        try (Stream<Path> files = Files.walk(data)) { // a PostgreSQL folder is some 40 MB
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        }
    }

    @Test
    void aPortalKilledWithSigkillStartsAgainAtTheFirstAttemptAndHealsAKilledDatabase() throws Exception {
        assertThat(JAR).as("built by mvn package of modules/launcher").exists();
        data = Files.createTempDirectory("impuls-crash-");

        // the first portal dies by SIGKILL once its PostgreSQL runs and Payara deploys (a full start costs CI a minute)
        first = portal(FreePort.find(), "first.log");
        waitUntil(
                () -> read("first.log").contains("embedded PostgreSQL on port"),
                Duration.ofMinutes(3),
                "first PostgreSQL up");
        Thread.sleep(3_000);
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        long orphan = postmasterPid();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("PostgreSQL outlives its portal")
                .contains(true);

        long begin = System.nanoTime();
        int port = FreePort.find();
        second = portal(port, "second.log");
        waitUntil(() -> ready(port) || !second.isAlive(), Duration.ofMinutes(3), "second portal ready");
        long restartMs = (System.nanoTime() - begin) / 1_000_000;
        System.out.printf("restart after kill -9: /health/ready UP %d ms after the run command%n", restartMs);

        assertThat(ready(port))
                .as("second portal ready; its output:%n%s", read("second.log"))
                .isTrue();
        assertThat(read("second.log")).contains("an earlier PostgreSQL (process " + orphan + ") was still running on");

        Process third = portal(FreePort.find(), "third.log");
        assertThat(third.waitFor(60, TimeUnit.SECONDS))
                .as("a second portal on the same folder gives up at once")
                .isTrue();
        assertThat(third.exitValue()).isEqualTo(1);
        assertThat(read("third.log"))
                .contains("The portal did not start: Another portal is already running on the data folder " + data)
                .contains("Details: see " + data.resolve("logs").resolve("launcher.log"))
                .doesNotContain("\tat ");

        // its PostgreSQL killed: the launcher starts it again, reads in the outage wait (EclipseLink retries after 5 s)
        long postmaster = postmasterPid();
        long killed = System.nanoTime();
        assertThat(ProcessHandle.of(postmaster).orElseThrow().destroyForcibly()).isTrue();
        waitUntil(
                () -> ready(port) && status(port, "/api/core/legal-pages/imprint?lang=de") == 200,
                Duration.ofSeconds(30),
                "healed after the database was killed");
        System.out.printf(
                "database killed: ready and answering again after %d ms%n", (System.nanoTime() - killed) / 1_000_000);
        assertThat(postmasterPid()).as("a new postmaster").isNotEqualTo(postmaster);
        assertThat(read("second.log"))
                .contains("the embedded PostgreSQL (process " + postmaster + ", port")
                .contains("the embedded PostgreSQL is back after");

        second.destroy(); // SIGTERM, as `docker stop` sends: the portal stops its PostgreSQL
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(data.resolve("postgres").resolve("postmaster.pid"))
                .as("PostgreSQL stopped with its portal")
                .doesNotExist();
    }

    private Process portal(int port, String log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-jar",
                JAR.toString());
        builder.environment().put("IMPULS_DATA_DIR", data.toString());
        builder.environment().put("IMPULS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("IMPULS_DEMO", "true");
        builder.redirectErrorStream(true).redirectOutput(data.resolve(log).toFile());
        return builder.start();
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"))
                .get(0)
                .trim());
    }

    private String read(String log) {
        try {
            return Files.readString(data.resolve(log));
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean ready(int port) {
        return org.impuls.launcher.Readiness.answersReady("localhost", port, Duration.ofSeconds(20));
    }

    private int status(int port, String path) {
        return get(port, path).map(HttpResponse::statusCode).orElse(0);
    }

    private Optional<HttpResponse<String>> get(int port, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .build();
        try {
            return Optional.of(client.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static void waitUntil(BooleanSupplier condition, Duration patience, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
