package org.impuls.core.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends the outbox: right after a transaction that queued mail commits, and every few seconds for
 * retries. One run at a time per node; nodes share the work through claims with a lease ({@link OutboxClaims}).
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // never block a committing request on a running delivery
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // no transaction around the SMTP calls; claims have their own
public class OutboxDispatcher {

    private static final System.Logger LOG = System.getLogger(OutboxDispatcher.class.getName());

    @Inject
    OutboxDelivery delivery;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();

    /** Also after an operator's retry, so that the mail goes out at once. */
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailOutbox.MailQueued queued) {
        executor.submit(this::runOnce);
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    public void onTimer() {
        runOnce();
    }

    private void runOnce() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (delivery.deliverDue() > 0) {
                // keep going while whole batches go out
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox run failed; the next run retries", e);
        } finally {
            running.set(false);
        }
    }
}
