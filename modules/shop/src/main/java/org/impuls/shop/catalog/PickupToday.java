package org.impuls.shop.catalog;

import java.time.Instant;
import java.util.Set;

/**
 * The merchants for the "Heute abholen" filter: they offer pick-up and are still open today (an open interval of
 * today that has not ended). Implemented where the delivery settings are read ({@code org.impuls.shop.delivery}), so
 * the catalogue does not depend on that package.
 */
public interface PickupToday {

    Set<Long> merchants(Instant now);
}
