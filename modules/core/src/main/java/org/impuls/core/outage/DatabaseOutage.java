package org.impuls.core.outage;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure means "the database cannot be reached right now" rather than a bug: somewhere among
 * its causes is a connection error of the driver (SQLState class {@code 08}), a server shutting down or
 * still starting ({@code 57P01}–{@code 57P03}), or the connection pool unable to hand out a connection.
 * JPA, EclipseLink and EJB exceptions wrap these as their causes.
 */
public final class DatabaseOutage {

    /** Seconds a client should wait before trying again: the launcher restarts a crashed database in about that. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final String POOL_ALLOCATION_FAILURE = "jakarta.resource.spi.ResourceAllocationException";

    private DatabaseOutage() {}

    public static boolean causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isOutage(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null && causes(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        return cause.getClass().getName().equals(POOL_ALLOCATION_FAILURE);
    }
}
