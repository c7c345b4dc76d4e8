package org.impuls.shop.api;

import java.util.List;

/**
 * A CDI event checkout (or order processing) fires when a customer order was cancelled: its number and the
 * businesses of its seller orders. Observe it {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record OrderCancelled(String number, List<Long> businessIds) {

    public OrderCancelled {
        businessIds = List.copyOf(businessIds);
    }
}
