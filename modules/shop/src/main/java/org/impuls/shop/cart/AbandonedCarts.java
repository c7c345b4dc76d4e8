package org.impuls.shop.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impuls.core.api.schedule.Schedule;
import org.impuls.core.api.schedule.ScheduledTask;

/**
 * Deletes carts nobody touched for 30 days ({@code impuls.shop.cart.abandon-days}), their lines with them, once a
 * night on one node. Safe to run twice: a deleted cart is not deleted again.
 */
@ApplicationScoped
public class AbandonedCarts implements ScheduledTask {

    private static final Logger LOG = Logger.getLogger(AbandonedCarts.class.getName());

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "impuls.shop.cart.abandon-days", defaultValue = "30")
    int days;

    @Override
    public String name() {
        return "shop.cart.abandoned";
    }

    @Override
    public Schedule schedule() {
        return Schedule.dailyAt(LocalTime.of(3, 40));
    }

    @Override
    @Transactional
    public void run() {
        int deleted = em.createNativeQuery("delete from shop_cart where touched_at < ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(Duration.ofDays(days))))
                .executeUpdate();
        if (deleted > 0) {
            LOG.info(() -> "deleted " + deleted + " carts not touched for " + days + " days");
        }
    }
}
