package org.impuls.shop.api;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The stock of the shop's variants, apart from the product: reservations of orders waiting for payment, which
 * are committed when the order is paid, released when it is cancelled, and released by {@link #expireDue} when
 * their time ran out. Every change is one guarded update of the variant's stock row, so that concurrent buyers
 * never oversell and never collide on the product's version. Each change fires a {@link StockChanged}.
 */
public interface StockLedger {

    /**
     * Holds {@code quantity} units of a variant for {@code reference} (e.g. {@code "order:123"}) until {@code until},
     * within the caller's transaction. A checkout that reserves several variants does so in ascending variant id.
     *
     * @return the reservation's id, for {@link #commit} or {@link #release}
     * @throws org.impuls.core.api.error.ConflictException when fewer are available ("only 3 left")
     * @throws org.impuls.core.api.error.NotFoundException when there is no such variant
     * @throws org.impuls.core.api.error.InvalidInputException naming {@code quantity} or {@code until}
     */
    long reserve(long variantId, int quantity, String reference, Instant until);

    /**
     * The reserved units leave the stock for good (the order was paid). Committing twice changes nothing.
     *
     * @throws org.impuls.core.api.error.ConflictException when the reservation was released or expired before
     */
    void commit(long reservationId);

    /**
     * The reserved units are available again (the order was cancelled). Releasing twice, or after expiry, changes nothing.
     *
     * @throws org.impuls.core.api.error.ConflictException when the reservation was committed
     */
    void release(long reservationId);

    /** Releases every reservation held until {@code now} or before; answers how many. For the scheduled task. */
    int expireDue(Instant now);

    /** The stock of these variants; a variant without a row is not tracked. */
    Map<Long, StockLevel> levels(Collection<Long> variantIds);
}
