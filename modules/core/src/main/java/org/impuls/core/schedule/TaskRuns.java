package org.impuls.core.schedule;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.impuls.core.api.schedule.Schedule;

/**
 * Each step of {@link TaskTable} in a short transaction of its own: a claim commits before its task runs, so the run
 * holds no row lock and no transaction, and a rollback of the run can never undo the claim.
 */
@ApplicationScoped
public class TaskRuns {

    @Resource(lookup = "java:app/jdbc/impuls")
    DataSource dataSource;

    private interface Step<T> {
        T on(Connection connection) throws SQLException;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void register(String name, Schedule schedule, Duration lease, Instant now) {
        inTransaction(connection -> {
            TaskTable.register(connection, name, schedule, lease, now);
            return null;
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<TaskTable.Claim> claimNext(Collection<String> names, Instant now) {
        return inTransaction(connection -> TaskTable.claimNext(connection, names, now));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean succeeded(TaskTable.Claim claim, Instant nextRunAt, Instant finishedAt) {
        return inTransaction(connection -> TaskTable.succeeded(connection, claim, nextRunAt, finishedAt));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(TaskTable.Claim claim, String error, Instant retryAt) {
        return inTransaction(connection -> TaskTable.failed(connection, claim, error, retryAt));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskRow> all() {
        return inTransaction(TaskTable::all);
    }

    private <T> T inTransaction(Step<T> step) {
        // the data source takes part in the JTA transaction: closing the handle returns it, the commit comes after
        try (Connection connection = dataSource.getConnection()) {
            return step.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("scheduled_task: " + e.getMessage(), e);
        }
    }
}
