package org.impuls.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.impuls.core.api.schedule.Schedule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claims of {@code scheduled_task} on a real PostgreSQL (the core's own migrations), with two claimers on two
 * connections as two portal nodes would be: each connection's transaction is committed by the test, as {@link
 * TaskRuns} commits it in the portal.
 */
class TaskClaimsOnPostgresTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Schedule EVERY_MINUTE = Schedule.every(Duration.ofMinutes(1));
    private static final Duration LEASE = Duration.ofMinutes(15);
    private static final String TASK = "test.task";

    private static EmbeddedPostgres postgres;

    private Connection nodeA;
    private Connection nodeB;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure()
                .dataSource(postgres.getPostgresDatabase())
                .locations("classpath:db/migration/core")
                .table("flyway_core")
                .load()
                .migrate();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void connect() throws SQLException {
        nodeA = connection();
        nodeB = connection();
        try (Statement statement = nodeA.createStatement()) {
            statement.execute("truncate scheduled_task");
        }
        nodeA.commit();
    }

    @AfterEach
    void disconnect() throws SQLException {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void ofTwoClaimersRacingForADueTaskExactlyOneGetsIt() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 25; round++) {
                String name = "test.race-" + round;
                register(nodeA, name, EVERY_MINUTE, T0);
                CyclicBarrier start = new CyclicBarrier(2);
                Instant due = T0.plus(Duration.ofMinutes(1));
                Future<Optional<TaskTable.Claim>> a = threads.submit(() -> claimAndCommit(nodeA, start, name, due));
                Future<Optional<TaskTable.Claim>> b = threads.submit(() -> claimAndCommit(nodeB, start, name, due));

                List<Optional<TaskTable.Claim>> claims =
                        List.of(a.get(10, TimeUnit.SECONDS), b.get(10, TimeUnit.SECONDS));
                assertThat(claims.stream().filter(Optional::isPresent).count())
                        .as("round %d", round)
                        .isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aClaimInProgressIsSkippedNotWaitedForAndOnceCommittedItsLeaseHolds() throws Exception {
        register(nodeA, TASK, EVERY_MINUTE, T0);
        Instant due = T0.plus(Duration.ofMinutes(1));

        Optional<TaskTable.Claim> first =
                TaskTable.claimNext(nodeA, List.of(TASK), due); // not committed yet: the row is locked
        assertThat(first).isPresent();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<TaskTable.Claim>> other =
                    thread.submit(() -> TaskTable.claimNext(nodeB, List.of(TASK), due));
            assertThat(other.get(5, TimeUnit.SECONDS))
                    .as("skipped at once, not blocked on the lock")
                    .isEmpty();
        } finally {
            thread.shutdownNow();
        }
        nodeB.commit();
        nodeA.commit();

        assertThat(claimAndCommit(nodeB, TASK, due.plusSeconds(1)))
                .as("the lease holds after the commit")
                .isEmpty();
    }

    @Test
    void theOtherClaimerTakesTheTaskOverOnceTheLeaseRanOut() throws Exception {
        register(nodeA, TASK, EVERY_MINUTE, T0);
        Instant due = T0.plus(Duration.ofMinutes(1));
        TaskTable.Claim dead = claimAndCommit(nodeA, TASK, due).orElseThrow(); // node A dies while running it

        assertThat(claimAndCommit(nodeB, TASK, due.plus(LEASE).minusSeconds(1)))
                .as("within the lease")
                .isEmpty();
        TaskTable.Claim takeover = claimAndCommit(nodeB, TASK, due.plus(LEASE)).orElseThrow();

        Instant finished = due.plus(LEASE).plusSeconds(3);
        assertThat(succeededAndCommit(nodeA, dead, EVERY_MINUTE, finished))
                .as("the late outcome of the lost claim is refused")
                .isFalse();
        assertThat(succeededAndCommit(nodeB, takeover, EVERY_MINUTE, finished)).isTrue();
        assertThat(row(TASK).nextRunAt()).isEqualTo(finished.plus(Duration.ofMinutes(1)));
        assertThat(row(TASK).lastRunAt()).isEqualTo(due.plus(LEASE));
    }

    @Test
    void aFailedRunIsClaimedAgainAtItsRetryTimeAndNotBefore() throws Exception {
        Schedule daily = Schedule.dailyAt(LocalTime.of(3, 0));
        register(nodeA, TASK, daily, T0);
        Instant due = daily.nextAfter(T0);
        TaskTable.Claim claim = claimAndCommit(nodeA, TASK, due).orElseThrow();
        Instant failedAt = due.plusSeconds(2);
        Instant retryAt = Backoff.retryAt(daily, claim.attempts() + 1, failedAt);
        assertThat(TaskTable.failed(nodeA, claim, "IOException: disk full", retryAt))
                .isTrue();
        nodeA.commit();

        TaskRow failed = row(TASK);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("IOException: disk full");
        assertThat(failed.nextRunAt()).isEqualTo(failedAt.plus(Duration.ofMinutes(1)));
        assertThat(claimAndCommit(nodeB, TASK, retryAt.minusSeconds(1)))
                .as("before its retry time")
                .isEmpty();

        TaskTable.Claim retry = claimAndCommit(nodeB, TASK, retryAt).orElseThrow();
        assertThat(retry.attempts())
                .as("the claimer knows it is the second attempt")
                .isEqualTo(1);
        Instant finished = retryAt.plusSeconds(1);
        assertThat(succeededAndCommit(nodeB, retry, daily, finished)).isTrue();
        TaskRow succeeded = row(TASK);
        assertThat(succeeded.attempts()).isZero();
        assertThat(succeeded.lastError()).isNull();
        assertThat(succeeded.lastSuccessAt()).isEqualTo(finished);
        assertThat(succeeded.nextRunAt()).isEqualTo(daily.nextAfter(finished));
    }

    @Test
    void dueTimesMissedWhileEveryNodeWasDownRunOnce() throws Exception {
        register(nodeA, TASK, EVERY_MINUTE, T0);
        Instant dayLater = T0.plus(Duration.ofDays(1)); // 1,440 due times missed

        register(nodeB, TASK, EVERY_MINUTE, dayLater); // the first node up again
        assertThat(row(TASK).nextRunAt())
                .as("registering again keeps the due time")
                .isEqualTo(T0.plus(Duration.ofMinutes(1)));
        TaskTable.Claim claim = claimAndCommit(nodeB, TASK, dayLater).orElseThrow();
        assertThat(succeededAndCommit(nodeB, claim, EVERY_MINUTE, dayLater.plusSeconds(1)))
                .isTrue();

        assertThat(claimAndCommit(nodeA, TASK, dayLater.plusSeconds(2)))
                .as("once, not once per missed slot")
                .isEmpty();
        assertThat(claimAndCommit(nodeA, TASK, dayLater.plusSeconds(61)))
                .as("then at its schedule")
                .isPresent();
    }

    @Test
    void onlyTasksTheClaimerKnowsAreClaimed() throws Exception {
        register(nodeA, TASK, EVERY_MINUTE, T0);
        register(nodeA, "test.other", EVERY_MINUTE, T0);
        Instant due = T0.plus(Duration.ofMinutes(1));

        assertThat(claimAndCommit(nodeB, "test.other", due).map(TaskTable.Claim::name))
                .contains("test.other");
        assertThat(claimAndCommit(nodeB, "test.other", due))
                .as("a plugin's task is not claimed by a node without it")
                .isEmpty();
    }

    private static Connection connection() throws SQLException {
        Connection connection = postgres.getPostgresDatabase().getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    private static void register(Connection connection, String name, Schedule schedule, Instant now)
            throws SQLException {
        TaskTable.register(connection, name, schedule, LEASE, now);
        connection.commit();
    }

    private static Optional<TaskTable.Claim> claimAndCommit(Connection connection, String name, Instant now)
            throws SQLException {
        Optional<TaskTable.Claim> claim = TaskTable.claimNext(connection, List.of(name), now);
        connection.commit();
        return claim;
    }

    private static Optional<TaskTable.Claim> claimAndCommit(
            Connection connection, CyclicBarrier start, String name, Instant now) throws Exception {
        start.await(5, TimeUnit.SECONDS);
        return claimAndCommit(connection, name, now);
    }

    private static boolean succeededAndCommit(
            Connection connection, TaskTable.Claim claim, Schedule schedule, Instant finished) throws SQLException {
        boolean recorded = TaskTable.succeeded(connection, claim, schedule.nextAfter(finished), finished);
        connection.commit();
        return recorded;
    }

    private TaskRow row(String name) throws SQLException {
        List<TaskRow> rows = TaskTable.all(nodeA);
        nodeA.commit();
        return rows.stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }
}
