package org.impuls.shop.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impuls.core.api.schedule.Schedule;
import org.impuls.core.api.schedule.ScheduledTask;
import org.impuls.shop.api.StockLedger;

/**
 * Gives back the units of reservations whose time ran out (an order that was never paid), once a minute
 * ({@code impuls.shop.stock.expiry-seconds}) on one node of the cluster. Safe to run twice: an expired reservation is
 * not expired again.
 */
@ApplicationScoped
public class ReservationExpiry implements ScheduledTask {

    private static final Logger LOG = Logger.getLogger(ReservationExpiry.class.getName());

    @Inject
    StockLedger stock;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "impuls.shop.stock.expiry-seconds", defaultValue = "60")
    long seconds;

    @Override
    public String name() {
        return "shop.stock.reservation-expiry";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofSeconds(seconds));
    }

    @Override
    public void run() {
        int released = stock.expireDue(clock.instant());
        if (released > 0) {
            LOG.info(() -> "released " + released + " stock reservations whose time ran out");
        }
    }
}
