package org.impuls.shop.api;

import org.impuls.core.api.error.ConflictException;

/**
 * The stock of one variant: {@code onHand} units the merchant has (null: not tracked, unlimited), of which
 * {@code reserved} are held for orders waiting for payment.
 */
public record StockLevel(Integer onHand, int reserved) {

    /** A variant whose stock is not tracked. */
    public static final StockLevel UNTRACKED = new StockLevel(null, 0);

    /** What customers can still buy; null when not tracked. Never below zero, even when the merchant counted fewer than are reserved. */
    public Integer available() {
        return onHand == null ? null : Math.max(0, onHand - reserved);
    }

    /** Whether at least one unit can be bought. */
    public boolean inStock() {
        return onHand == null || onHand > reserved;
    }

    /** Whether {@code quantity} units can be reserved. */
    public boolean allows(int quantity) {
        return onHand == null || onHand - reserved >= quantity;
    }

    /** The refusal of a reservation of more than is available. */
    public ConflictException refusal(int quantity) {
        int left = available();
        return new ConflictException(
                left == 0
                        ? "sold out: none left, " + quantity + " wanted"
                        : "only " + left + " left, " + quantity + " wanted");
    }
}
