package org.impuls.shop.stock;

import org.impuls.core.api.error.ConflictException;

/** Where a reservation stands: held for an order, or closed by its commit, its release or its expiry. */
enum ReservationState {
    HELD,
    COMMITTED,
    RELEASED,
    EXPIRED;

    /**
     * Whether a commit of a reservation in this state still has to move stock: a held one has, a committed one had
     * already (a repeated payment callback); a released or expired one may not be committed, its units may be sold.
     */
    boolean commitMoves(long reservationId) {
        if (this == RELEASED || this == EXPIRED) {
            throw new ConflictException(
                    "reservation " + reservationId + " was " + name().toLowerCase() + " before it could be committed");
        }
        return this == HELD;
    }

    /** Whether a release of a reservation in this state still has to move stock; a committed one cannot be released. */
    boolean releaseMoves(long reservationId) {
        if (this == COMMITTED) {
            throw new ConflictException(
                    "reservation " + reservationId + " was committed; its units have left the stock");
        }
        return this == HELD;
    }
}
