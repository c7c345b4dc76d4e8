package org.impuls.shop.order;

import org.impuls.core.api.lifecycle.Lifecycle;

/**
 * The state of a customer order and of each seller order. Checkout needs two: PLACED (waiting for the payment and
 * the merchants) and CANCELLED (e.g. not paid in time, final); processing states come with order processing.
 */
public enum OrderState {
    PLACED,
    CANCELLED;

    /** Where an order may go. */
    public static final Lifecycle<OrderState> LIFECYCLE =
            Lifecycle.of(OrderState.class).from(PLACED).to(CANCELLED);
}
