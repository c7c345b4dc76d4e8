package org.impuls.shop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impuls.core.api.schedule.Schedule;
import org.impuls.core.api.schedule.ScheduledTask;

/**
 * Cancels customer orders whose payment did not complete in time (see {@code orders.md}), every minute
 * ({@code impuls.shop.order.timeout-check-seconds}) on one node of the cluster; each order in a transaction of its own.
 */
@ApplicationScoped
public class PaymentTimeout implements ScheduledTask {

    private static final Logger LOG = Logger.getLogger(PaymentTimeout.class.getName());
    private static final int BATCH = 200;

    @Inject
    UnpaidOrders unpaid;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "impuls.shop.order.timeout-check-seconds", defaultValue = "60")
    long seconds;

    @Override
    public String name() {
        return "shop.order.payment-timeout";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofSeconds(seconds));
    }

    @Override
    public void run() {
        Instant now = clock.instant();
        int count = 0;
        for (long id : unpaid.due(now, BATCH)) {
            if (unpaid.cancelIfUnpaid(id, now)) {
                count++;
            }
        }
        int cancelled = count;
        if (cancelled > 0) {
            LOG.info(() -> "cancelled " + cancelled + " orders not paid in time");
        }
    }
}
