package org.impuls.shop.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The header's count for a logged-in customer in one query by account ({@link Carts#itemCount} needs the cart's id,
 * which would be a second query).
 */
@ApplicationScoped
public class CartCount {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Transactional
    public int ofAccount(long accountId) {
        Number count = (Number) em.createNativeQuery(
                        "select coalesce(sum(l.quantity), 0) from shop_cart c join shop_cart_line l on l.cart_id = c.id"
                                + " where c.account_id = ?1")
                .setParameter(1, accountId)
                .getSingleResult();
        return count.intValue();
    }
}
