package org.impuls.shop.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A browser visitor's first item: the anonymous cart is created with it, in one transaction, or not at all. */
@ApplicationScoped
public class CartStart {

    @Inject
    Carts carts;

    @Transactional
    public AddedLine withFirstItem(long variantId, int quantity) {
        return carts.addLine(carts.create().id(), variantId, quantity);
    }
}
