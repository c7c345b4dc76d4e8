package org.impuls.core.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.impuls.core.api.schedule.Schedule;
import org.impuls.core.api.schedule.ScheduledTask;

/**
 * Sends the outbox: right after a transaction that queued mail commits, and as the scheduled task {@value #NAME}
 * every few seconds for retries. One run at a time per node; runs on several nodes share the work through the
 * mails' own claims ({@link OutboxClaims}), so the run after a commit needs no task claim.
 */
@ApplicationScoped
public class OutboxDispatcher implements ScheduledTask {

    static final String NAME = "core.mail.outbox";

    private static final System.Logger LOG = System.getLogger(OutboxDispatcher.class.getName());

    @Inject
    OutboxDelivery delivery;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();

    /** A run after a commit is submitted and has not started yet. */
    private final AtomicBoolean waiting = new AtomicBoolean();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofSeconds(5));
    }

    /**
     * Also after an operator's retry, so that the mail goes out at once. One run waits at a time: the commits before
     * it starts are all sent by it, so they need no run of their own (each submit costs the executor a context
     * capture that scans the class path; an order queues four mails or more).
     */
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailOutbox.MailQueued queued) {
        if (!waiting.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.submit(() -> {
                waiting.set(false); // a commit from now on submits the next run
                try {
                    run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "outbox run after a commit failed; the scheduled run retries", e);
                }
            });
        } catch (RuntimeException refused) {
            waiting.set(false);
            throw refused;
        }
    }

    /** Sends while whole batches go out; a failure is the scheduler's to log and retry. */
    @Override
    public void run() {
        if (!running.compareAndSet(false, true)) {
            return; // this node is sending already
        }
        try {
            while (delivery.deliverDue() > 0) {
                // keep going while whole batches go out
            }
        } finally {
            running.set(false);
        }
    }
}
