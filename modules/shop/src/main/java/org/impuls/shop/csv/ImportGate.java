package org.impuls.shop.csv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.impuls.core.api.error.ConflictException;
import org.impuls.shop.catalog.Sellers;

/**
 * What an import passes before any of its upload is read: the caller manages the business (403 or 404 otherwise), and
 * no other import of that business runs on any node (409). The second is a PostgreSQL advisory lock of the transaction
 * in which the upload is read and imported: it spans the cluster, and it ends with that transaction, so neither an
 * exception nor a node that dies can leave it held.
 */
@ApplicationScoped
public class ImportGate {

    /** The first key of the advisory lock ("SHOP"): keeps these locks apart from any other module's. */
    static final int LOCK_CLASS = 0x53484F50;

    /** Another import of the business is running. */
    public static final class Busy extends ConflictException {
        private static final long serialVersionUID = 1L;

        Busy(long businessId) {
            super("Another catalogue import of business " + businessId
                    + " is running; try again when it has finished.");
        }
    }

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Sellers sellers;

    /** Checks the caller, then holds the business's import lock while {@code work} reads the upload and imports it. */
    @Transactional
    public <T> T admit(long businessId, Supplier<T> work) {
        sellers.managedByCaller(businessId);
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1, ?2)")
                .setParameter(1, LOCK_CLASS)
                .setParameter(
                        2,
                        Long.hashCode(
                                businessId)) // ids beyond 2^31 may share a lock: an import waits needlessly, no more
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            throw new Busy(businessId);
        }
        return work.get();
    }
}
