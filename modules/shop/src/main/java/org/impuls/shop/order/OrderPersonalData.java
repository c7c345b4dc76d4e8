package org.impuls.shop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.impuls.core.api.PersonalDataSource;

/**
 * The account's orders in its personal data export, newest first, as the customer reads each one: number, state,
 * contact, addresses, every merchant's part with lines, delivery and totals, and the payment.
 */
@ApplicationScoped
public class OrderPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Orders orders;

    @Override
    public String section() {
        return "shop.orders";
    }

    @Override
    @Transactional
    public Object export(long accountId) {
        List<CustomerOrder> placed = em.createQuery(
                        "select o from CustomerOrder o where o.accountId = :account order by o.placedAt desc, o.id desc",
                        CustomerOrder.class)
                .setParameter("account", accountId)
                .getResultList();
        return placed.stream().map(order -> orders.view(order, false)).toList();
    }
}
