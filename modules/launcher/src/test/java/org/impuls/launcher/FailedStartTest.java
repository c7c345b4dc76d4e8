package org.impuls.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailedStartTest {

    @TempDir
    Path logs;

    @Test
    void aStartFailureSaysItself() {
        Exception failure =
                new IllegalStateException("wrapped", new StartFailure("Another portal is already running."));

        assertThat(FailedStart.explain(failure, logs)).isEqualTo("Another portal is already running.");
    }

    @Test
    void aFullDiskIsNamedWhereverItHappens() {
        Exception failure = new RuntimeException(new IOException("No space left on device"));

        assertThat(FailedStart.explain(failure, logs))
                .startsWith("The disk is full")
                .endsWith("Free some space and start again.");
    }

    @Test
    void aFolderWithoutWriteAccessIsNamed() {
        assertThat(FailedStart.explain(new AccessDeniedException("/srv/impuls/postgres"), logs))
                .startsWith("No permission to write /srv/impuls/postgres");
    }

    @Test
    void aTakenPortIsNamed() {
        assertThat(FailedStart.explain(new RuntimeException(new BindException("Address already in use")), logs))
                .contains("already in use")
                .contains("IMPULS_HTTP_PORT");
    }

    @Test
    void aPostgresThatDidNotStartIsExplainedByItsOwnLog() throws IOException {
        Files.writeString(logs.resolve(EmbeddedDatabase.LOG_FILE), """
                2026-12-01 09:14:20.529 UTC [20818] FATAL:  lock file "postmaster.pid" already exists
                2026-12-01 09:14:20.529 UTC [20818] HINT:  Is another postmaster (PID 20804) running in data directory?
                """);

        String explained =
                FailedStart.explain(new IOException("Gave up waiting for server to start after 30000ms"), logs);

        assertThat(explained)
                .isEqualTo("The embedded PostgreSQL did not start: FATAL:  lock file \"postmaster.pid\" already exists."
                        + " Its log is " + logs.resolve(EmbeddedDatabase.LOG_FILE) + ".");
    }

    @Test
    void theStackTraceGoesToTheLogFile() throws IOException {
        Path file = FailedStart.writeTrace(new IllegalStateException("boom"), logs.resolve("logs"));

        assertThat(file).isEqualTo(logs.resolve("logs").resolve("launcher.log"));
        assertThat(Files.readString(file))
                .contains("the portal did not start")
                .contains("java.lang.IllegalStateException: boom")
                .contains("at org.impuls.launcher.FailedStartTest");
    }
}
