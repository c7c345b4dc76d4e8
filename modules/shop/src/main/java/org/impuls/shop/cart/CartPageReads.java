package org.impuls.shop.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.impuls.shop.delivery.PickupHours;
import org.impuls.shop.delivery.PickupWindow;

/**
 * The cart page's reads in one transaction: the cart, then its merchants' pick-up windows today, whose opening hours
 * come from the businesses the cart has just read (no connection and no query of their own per merchant).
 */
@ApplicationScoped
public class CartPageReads {

    @Inject
    Carts carts;

    @Inject
    PickupHours pickupHours;

    /** The cart and each of its merchants' window today (empty where the merchant opens no more today). */
    public record Read(CartSummary cart, Map<Long, Optional<PickupWindow>> pickup) {}

    @Transactional
    public Read read(String cartId) {
        CartSummary cart = carts.summary(cartId);
        return new Read(
                cart,
                pickup(cart.groups().stream()
                        .map(CartSummary.MerchantGroup::businessId)
                        .toList()));
    }

    @Transactional
    public Map<Long, Optional<PickupWindow>> pickup(Collection<Long> businessIds) {
        Instant now = Instant.now();
        Map<Long, Optional<PickupWindow>> windows = new HashMap<>();
        businessIds.forEach(id -> windows.put(id, pickupHours.window(id, now)));
        return windows;
    }
}
