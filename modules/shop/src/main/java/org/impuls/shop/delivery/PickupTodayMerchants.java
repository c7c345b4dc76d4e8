package org.impuls.shop.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.impuls.shop.catalog.PickupToday;

/**
 * Asked afresh for every "Heute abholen" search (the answer moves with the clock and with the merchants' settings):
 * the sellers of active products that allow pick-up whose settings do not switch pick-up off (no settings: pick-up
 * only), then those of them the directory's hours show still open today.
 */
@ApplicationScoped
public class PickupTodayMerchants implements PickupToday {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    PickupHours hours;

    @Override
    public Set<Long> merchants(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> offering = em.createNativeQuery("select distinct p.business_id from shop_product p"
                        + " where p.status = 'ACTIVE' and p.pickup and not exists (select 1 from shop_delivery_settings d"
                        + " where d.business_id = p.business_id and not d.pickup)")
                .getResultList();
        return offering.stream()
                .map(id -> ((Number) id).longValue())
                .filter(id -> hours.stillOpenToday(id, now))
                .collect(Collectors.toUnmodifiableSet());
    }
}
