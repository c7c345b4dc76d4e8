package org.impuls.core.plugin;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.impuls.core.api.Plugin;
import org.impuls.core.outage.DatabaseOutage;

/**
 * Whether a plugin whose observer or search provider threw is switched off (FAILED). One hiccup must not
 * take a module down: a plugin that is part of the platform ({@link Plugin#alwaysOn()}) never is, and no
 * plugin is for a transient failure that the next call will likely not meet again — a deadlock, a
 * serialization failure or a lock timeout (SQLState class {@code 40}, {@code 55P03}, JPA's lock exceptions,
 * anywhere among the causes) or the database being unreachable for a moment ({@link DatabaseOutage}).
 * Anything else is taken for a bug of the plugin, which goes inert until an operator enables it again.
 */
final class FailurePolicy {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private FailurePolicy() {}

    static boolean switchesOff(Plugin plugin, Throwable failure) {
        return !plugin.alwaysOn() && !isTransient(failure);
    }

    static boolean isTransient(Throwable failure) {
        return DatabaseOutage.causes(failure) || hasTransientCause(failure);
    }

    private static boolean hasTransientCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isLockConflict(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getNextException() != null
                    && hasTransientCause(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLockConflict(Throwable cause) {
        if (cause instanceof PessimisticLockException
                || cause instanceof LockTimeoutException
                || cause instanceof OptimisticLockException
                || cause instanceof SQLTransactionRollbackException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("40") || state.equals(LOCK_NOT_AVAILABLE);
        }
        return false;
    }
}
