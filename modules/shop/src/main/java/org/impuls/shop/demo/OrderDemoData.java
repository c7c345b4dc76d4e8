package org.impuls.shop.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.impuls.core.api.PlatformStarted;

/**
 * In demo mode: the demo customer's two orders ({@link DemoOrders}). A failure is logged and the portal goes on: an
 * observer of the shop that throws would switch off the whole shop, for the sake of two sample orders.
 */
@ApplicationScoped
public class OrderDemoData {

    private static final System.Logger LOG = System.getLogger(OrderDemoData.class.getName());

    @Inject
    DemoOrders orders;

    // after the demo catalogue (APPLICATION + 950) and the merchants' payment settings (APPLICATION + 960)
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 970) PlatformStarted started) {
        if (!started.demoMode()) {
            return;
        }
        try {
            int placed = orders.placeOnce();
            if (placed > 0) {
                LOG.log(System.Logger.Level.INFO, "demo orders of {0}: {1} placed", DemoOrders.CUSTOMER, placed);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the demo orders were not placed; the shop goes on without them", e);
        }
    }
}
