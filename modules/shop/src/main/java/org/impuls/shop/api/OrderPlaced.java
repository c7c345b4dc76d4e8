package org.impuls.shop.api;

import java.util.List;

/**
 * A CDI event checkout fires when a customer order was placed: its number and the businesses of its seller orders.
 * Observe it {@code during = TransactionPhase.AFTER_SUCCESS} to act only on committed orders.
 */
public record OrderPlaced(String number, List<Long> businessIds) {

    public OrderPlaced {
        businessIds = List.copyOf(businessIds);
    }
}
