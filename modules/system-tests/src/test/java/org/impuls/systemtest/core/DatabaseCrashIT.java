package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The embedded PostgreSQL killed under the running portal (#23): the launcher brings it back, the pool reconnects. */
@ExtendWith(Portal.class)
class DatabaseCrashIT {

    private static final String API = "/api/core/legal-pages/imprint?lang=de";
    private static final String PAGE = "/impressum?lang=de";

    @Test
    void aKilledDatabaseIsBackWithinSecondsAndTheOutageIsA503(RunningPortal portal, Http http, Database database) throws Exception {
        assertThat(http.get(API).status()).isEqualTo(200);
        long pid = portal.embeddedPostgresPid().orElseThrow();

        long begin = System.nanoTime();
        assertThat(ProcessHandle.of(pid).orElseThrow().destroyForcibly()).as("SIGKILL to the postmaster").isTrue();
        // a write in the outage: its transaction fails at once (reads outside one are retried by EclipseLink for 5 s)
        String email = "crash-" + System.nanoTime() + "@impuls.example";
        Http.Answer registration = http.json("POST", "/api/core/accounts",
                "{\"email\":\"" + email + "\",\"displayName\":\"Crash\",\"password\":\"crash-test-password-1\"}");
        List<String> outage = new ArrayList<>();
        long deadline = begin + Duration.ofSeconds(30).toNanos();
        boolean healed = false;
        while (!healed && System.nanoTime() < deadline) {
            Http.Answer api = http.get(API);
            Http.Answer page = http.get(PAGE);
            if (api.status() != 200) {
                outage.add("API " + api.status() + " Retry-After=" + api.header("Retry-After") + " " + api.contentType());
            }
            if (page.status() != 200) {
                outage.add("page " + page.status() + " Retry-After=" + page.header("Retry-After")
                        + (page.body().contains("Vorübergehend nicht erreichbar") ? " friendly" : " other"));
            }
            healed = api.status() == 200 && page.status() == 200 && http.get("/health/ready").body().contains("\"UP\"");
        }
        long healedMs = (System.nanoTime() - begin) / 1_000_000;
        System.out.printf("database killed: healed after %d ms; registration during the outage: %d %s; other answers: %s%n",
                healedMs, registration.status(), registration.header("Retry-After"), outage);

        assertThat(healed).as("ready and answering again within 30 s").isTrue();
        assertThat(portal.embeddedPostgresPid().orElseThrow()).as("a new postmaster").isNotEqualTo(pid);
        assertThat(outage).as("while the database was away: 503 with Retry-After, never a 500")
                .allMatch(answer -> answer.startsWith("API 503 Retry-After=5 application/problem+json")
                        || answer.startsWith("page 503 Retry-After=5 friendly"));
        assertThat(http.get(API).json().getString("title")).isEqualTo("Impressum");
        if (registration.status() == 503) {
            assertThat(registration.contentType()).startsWith("application/problem+json");
            assertThat(registration.header("Retry-After")).isEqualTo("5");
            assertThat(database.single("select count(*) from account where email_key = ?", email))
                    .as("a registration refused with 503 left nothing behind").isEqualTo("0");
            assertThat(database.single("select count(*) from mail_outbox where recipient = ?", email)).isEqualTo("0");
        } else {
            assertThat(registration.status()).as("the database was not down yet: accepted, then").isEqualTo(202);
            assertThat(database.single("select count(*) from account where email_key = ?", email))
                    .as("an accepted registration survived the crash").isEqualTo("1");
        }
    }
}
