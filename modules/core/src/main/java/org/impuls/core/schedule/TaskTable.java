package org.impuls.core.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.impuls.core.api.schedule.Schedule;

/**
 * The SQL of {@code scheduled_task}, on a connection whose transaction the caller owns ({@link TaskRuns} in the
 * portal, the test itself on PostgreSQL): each method is one step and commits with the caller.
 */
final class TaskTable {

    /** A claimed run: the token proves the claim is still this node's when the outcome is recorded. */
    record Claim(String name, String token, int attempts, Instant claimedAt) {}

    private TaskTable() {}

    /**
     * Adds the task's row, due at its schedule's next time; a known task keeps its due time (a time missed while all
     * nodes were down stays due and runs once) unless its schedule changed and the kept time is still ahead.
     */
    static void register(Connection connection, String name, Schedule schedule, Duration lease, Instant now)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into scheduled_task (name, schedule, lease_seconds, next_run_at) values (?, ?, ?, ?)
                on conflict (name) do update set schedule = excluded.schedule, lease_seconds = excluded.lease_seconds,
                    next_run_at = case when scheduled_task.schedule <> excluded.schedule and scheduled_task.next_run_at > ?
                                       and scheduled_task.attempts = 0
                                       then excluded.next_run_at else scheduled_task.next_run_at end""")) {
            statement.setString(1, name);
            statement.setString(2, schedule.describe());
            statement.setLong(3, Math.max(1, lease.toSeconds()));
            statement.setObject(4, at(schedule.nextAfter(now)));
            statement.setObject(5, at(now));
            statement.executeUpdate();
        }
    }

    /**
     * Claims the task among {@code names} that has been due longest and is not running (or whose run's lease ran out):
     * its row is locked until the caller commits, and rows another connection holds are skipped, not waited for.
     */
    static Optional<Claim> claimNext(Connection connection, Collection<String> names, Instant now) throws SQLException {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String token = UUID.randomUUID().toString();
        try (PreparedStatement statement = connection.prepareStatement("""
                update scheduled_task set running_until = ? + lease_seconds * interval '1 second', claim_token = ?, last_run_at = ?
                where name = (select name from scheduled_task
                              where name = any(string_to_array(?, ',')) and next_run_at <= ?
                                and (running_until is null or running_until <= ?)
                              order by next_run_at, name limit 1 for update skip locked)
                returning name, attempts""")) {
            statement.setObject(1, at(now));
            statement.setString(2, token);
            statement.setObject(3, at(now));
            statement.setString(4, String.join(",", names));
            statement.setObject(5, at(now));
            statement.setObject(6, at(now));
            try (ResultSet result = statement.executeQuery()) {
                return result.next()
                        ? Optional.of(new Claim(result.getString(1), token, result.getInt(2), now))
                        : Optional.empty();
            }
        }
    }

    /** Records a run that went well; false if its lease ran out and another claim took the task over meanwhile. */
    static boolean succeeded(Connection connection, Claim claim, Instant nextRunAt, Instant finishedAt)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                update scheduled_task set next_run_at = ?, running_until = null, claim_token = null, attempts = 0,
                    last_error = null, last_success_at = ?
                where name = ? and claim_token = ?""")) {
            statement.setObject(1, at(nextRunAt));
            statement.setObject(2, at(finishedAt));
            statement.setString(3, claim.name());
            statement.setString(4, claim.token());
            return statement.executeUpdate() == 1;
        }
    }

    /** Records a failed run, due again at {@code retryAt}; false if another claim took the task over meanwhile. */
    static boolean failed(Connection connection, Claim claim, String error, Instant retryAt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                update scheduled_task set next_run_at = ?, running_until = null, claim_token = null, attempts = attempts + 1,
                    last_error = ?
                where name = ? and claim_token = ?""")) {
            statement.setObject(1, at(retryAt));
            statement.setString(2, error);
            statement.setString(3, claim.name());
            statement.setString(4, claim.token());
            return statement.executeUpdate() == 1;
        }
    }

    static List<TaskRow> all(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select name, schedule, next_run_at, running_until, attempts, last_run_at, last_success_at, last_error
                from scheduled_task order by name""");
                ResultSet result = statement.executeQuery()) {
            List<TaskRow> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(new TaskRow(
                        result.getString(1),
                        result.getString(2),
                        instant(result, 3),
                        instant(result, 4),
                        result.getInt(5),
                        instant(result, 6),
                        instant(result, 7),
                        result.getString(8)));
            }
            return rows;
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet result, int column) throws SQLException {
        OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
