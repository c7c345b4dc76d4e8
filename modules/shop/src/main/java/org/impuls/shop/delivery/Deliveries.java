package org.impuls.shop.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.shop.catalog.Sellers;

/** Reads and changes merchants' delivery settings; unset means pick-up only. */
@ApplicationScoped
public class Deliveries {

    /** A week: a longer lead time would leave no pick-up slot in the week customers are offered. */
    static final int MAX_LEAD_MINUTES = 10_080;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Sellers sellers;

    @Inject
    AuditTrail audit;

    public DeliveryForm of(long businessId) {
        DeliverySettings settings = em.find(DeliverySettings.class, businessId);
        return settings == null ? new DeliveryForm() : settings.toForm();
    }

    /** {@link #of} for several merchants in one query (a cart's merchants), by business id. */
    public Map<Long, DeliveryForm> ofAll(Collection<Long> businessIds) {
        Map<Long, DeliveryForm> forms = new HashMap<>();
        if (!businessIds.isEmpty()) {
            em.createQuery("select d from DeliverySettings d where d.businessId in :ids", DeliverySettings.class)
                    .setParameter("ids", businessIds)
                    .setHint("eclipselink.read-only", "true") // nothing compared or kept at commit
                    .getResultStream()
                    .forEach(settings -> forms.put(settings.getBusinessId(), settings.toForm()));
        }
        businessIds.forEach(id -> forms.computeIfAbsent(id, unset -> new DeliveryForm()));
        return forms;
    }

    @Transactional
    public DeliveryForm change(long businessId, DeliveryForm form) {
        sellers.managedByCaller(businessId);
        DeliveryForm changed = changeForSeller(businessId, form);
        audit.record("shop.delivery.changed", "business:" + businessId, null);
        return changed;
    }

    /** Changes the settings without asking who calls: for demo data. */
    @Transactional
    public DeliveryForm changeForSeller(long businessId, DeliveryForm form) {
        if (!form.isPickup() && !form.isLocalDelivery() && !form.isParcel()) {
            throw new InvalidInputException(
                    "pickup", "offer at least one way: pick-up, local delivery or parcel shipping");
        }
        if (form.getPickupLeadMinutes() < 0 || form.getPickupLeadMinutes() > MAX_LEAD_MINUTES) {
            throw new InvalidInputException("pickupLeadMinutes", "give the lead time in minutes, 0 to 10080 (a week)");
        }
        if (form.isLocalDelivery()
                && (form.getLocalPostalCodes() == null
                        || form.getLocalPostalCodes().isBlank())) {
            throw new InvalidInputException("localPostalCodes", "say which postal codes you deliver to");
        }
        DeliverySettings settings = em.find(DeliverySettings.class, businessId);
        if (settings == null) {
            settings = new DeliverySettings(businessId);
            em.persist(settings);
        }
        settings.change(form);
        return settings.toForm();
    }
}
