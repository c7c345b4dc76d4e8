package org.impuls.shop.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The delivery options of one merchant's part of a cart: what the cart page lists per merchant and what
 * checkout lets the customer choose from. Every method the merchant offers is answered, in the order
 * pick-up, local delivery, parcel, with {@link DeliveryOption#available()} false and a reason where this part
 * cannot go that way (a product does not allow it, an age limit, outside the area, below the minimum; without
 * a postal code local delivery is unavailable with the reason that one is needed).
 */
public interface DeliveryQuotes {

    List<DeliveryOption> optionsFor(Shipment shipment, Optional<String> postalCode, Instant now);

    /**
     * {@link #optionsFor} for the shipments of one cart, whose merchants are {@code businessIds}: an implementation
     * may read what it needs of all of them at once instead of once per shipment.
     */
    default Function<Shipment, List<DeliveryOption>> forMerchants(
            Collection<Long> businessIds, Optional<String> postalCode, Instant now) {
        return shipment -> optionsFor(shipment, postalCode, now);
    }
}
