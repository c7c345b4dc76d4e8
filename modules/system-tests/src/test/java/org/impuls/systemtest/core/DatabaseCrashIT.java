package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The embedded PostgreSQL killed under the running portal (#23) and kept from coming back for half a minute:
 * the portal says "temporarily unavailable" meanwhile and heals when the database is back. (A database the
 * launcher can restart at once is {@link PortalCrashRestartIT}'s: one test per portal, as two crashes and a
 * failed restart within a minute would stop it.)
 */
@ExtendWith(Portal.class)
class DatabaseCrashIT {

    private static final String API = "/api/core/legal-pages/imprint?lang=de";
    private static final String PAGE = "/impressum?lang=de";

    @Test
    void whileTheDatabaseCannotComeBackRequestsAnswer503AndAWriteLeavesNothingBehind(
            RunningPortal portal, Http http, Database database) throws IOException {
        assertThat(http.get(API).status()).isEqualTo(200);
        int port = port(portal.embeddedJdbcUrl().orElseThrow());

        kill(portal.embeddedPostgresPid().orElseThrow());
        String email = "crash-" + System.nanoTime() + "@impuls.example";
        CompletableFuture<Http.Answer> api;
        CompletableFuture<Http.Answer> page;
        CompletableFuture<Http.Answer> registration;
        // another program takes the database's port: the first restart fails (PostgreSQL cannot listen) and the outage
        // outlasts EclipseLink's retries (about 10 s); the launcher tries again once zonky has waited its 30 s. The
        // port
        // is freed within 25 s, so that the second restart succeeds (a third failure within a minute would stop the
        // portal).
        try (PortTaker taker = PortTaker.take(port)) {
            api = CompletableFuture.supplyAsync(() -> http.get(API));
            page = CompletableFuture.supplyAsync(() -> http.get(PAGE));
            registration = CompletableFuture.supplyAsync(() -> http.json(
                    "POST",
                    "/api/core/accounts",
                    "{\"email\":\"" + email + "\",\"displayName\":\"Crash\",\"password\":\"crash-test-password-1\"}"));
            try {
                CompletableFuture.allOf(api, page, registration).get(25, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                // asserted below
            }
        }
        assertThat(api).as("answered while the database was away").isDone();
        assertThat(page).isDone();
        assertThat(registration).isDone();

        assertThat(api.join().status()).isEqualTo(503);
        assertThat(api.join().header("Retry-After")).isEqualTo("5");
        assertThat(api.join().contentType()).startsWith("application/problem+json");
        assertThat(api.join().json().getString("detail")).contains("temporarily unavailable");
        assertThat(page.join().status()).isEqualTo(503);
        assertThat(page.join().header("Retry-After")).isEqualTo("5");
        assertThat(page.join().body())
                .contains("Vorübergehend nicht erreichbar")
                .contains("wurde nicht gespeichert");
        assertThat(registration.join().status()).isEqualTo(503);
        assertThat(registration.join().header("Retry-After")).isEqualTo("5");

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!healthy(http) && System.nanoTime() < deadline) {
            sleep(250);
        }
        assertThat(healthy(http)).as("back once the port is free again").isTrue();
        assertThat(database.single("select count(*) from account where email_key = ?", email))
                .as("the refused registration left no account")
                .isEqualTo("0");
        assertThat(database.single("select count(*) from mail_outbox where recipient = ?", email))
                .as("and no mail")
                .isEqualTo("0");
    }

    private static boolean healthy(Http http) {
        return http.get("/health/ready").body().contains("\"UP\"")
                && http.get(API).status() == 200
                && http.get(PAGE).status() == 200;
    }

    private static void kill(long pid) {
        assertThat(ProcessHandle.of(pid).orElseThrow().destroyForcibly())
                .as("SIGKILL to the postmaster")
                .isTrue();
    }

    private static int port(String jdbcUrl) {
        Matcher port = Pattern.compile("localhost:(\\d+)/").matcher(jdbcUrl);
        assertThat(port.find()).as(jdbcUrl).isTrue();
        return Integer.parseInt(port.group(1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Listens on a port and hangs up on everyone, so that nothing else can listen there and nobody waits. */
    private static final class PortTaker implements AutoCloseable {
        private final ServerSocket socket;
        private final Thread thread;

        private PortTaker(ServerSocket socket) {
            this.socket = socket;
            this.thread = new Thread(
                    () -> {
                        while (!socket.isClosed()) {
                            try (Socket caller = socket.accept()) {
                                caller.setSoLinger(true, 0);
                            } catch (IOException e) {
                                // closed: done
                            }
                        }
                    },
                    "port-taker");
            thread.setDaemon(true);
            thread.start();
        }

        static PortTaker take(int port) throws IOException {
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (true) { // the killed postmaster's socket closes as the kernel ends the process
                ServerSocket socket = new ServerSocket();
                try {
                    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                    return new PortTaker(socket);
                } catch (IOException e) {
                    socket.close();
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    sleep(10);
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
