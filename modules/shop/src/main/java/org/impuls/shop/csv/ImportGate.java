package org.impuls.shop.csv;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.impuls.shop.catalog.Sellers;

/**
 * What an import passes before any of its upload is read: the caller manages the business (403 or 404 otherwise), and
 * no other import of that business runs on any node (409). The second is a PostgreSQL session advisory lock on a
 * connection of its own, held while the upload is read and imported: it spans the cluster, and a node that dies
 * takes its connection, and so the lock, with it.
 */
@ApplicationScoped
public class ImportGate {

    /** The first key of the advisory lock ("SHOP"): keeps these locks apart from any other module's. */
    static final int LOCK_CLASS = 0x53484F50;

    /** Another import of the business is running. */
    public static final class Busy extends ClientErrorException {
        private static final long serialVersionUID = 1L;

        Busy(long businessId) {
            super("Another catalogue import of business " + businessId + " is running; try again when it has finished.", 409);
        }
    }

    @Resource(lookup = "java:app/jdbc/impuls")
    DataSource database;

    @Inject
    Sellers sellers;

    /** Checks the caller, holds the business's import lock while {@code work} reads the upload and imports it. */
    public <T> T admit(long businessId, Supplier<T> work) {
        sellers.managedByCaller(businessId);
        try (Connection connection = database.getConnection()) {
            if (!call(connection, "select pg_try_advisory_lock(?, ?)", businessId)) {
                throw new Busy(businessId);
            }
            try {
                return work.get();
            } finally {
                call(connection, "select pg_advisory_unlock(?, ?)", businessId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the import lock of business " + businessId + " failed", e);
        }
    }

    private static boolean call(Connection connection, String lockFunction, long businessId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(lockFunction)) {
            statement.setInt(1, LOCK_CLASS);
            statement.setInt(2, Long.hashCode(businessId)); // ids beyond 2^31 may share a lock: an import waits needlessly, no more
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
