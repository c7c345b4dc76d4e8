package org.impuls.shop.delivery;

import java.util.Objects;
import org.impuls.core.api.money.Money;

/**
 * What one merchant's part of a cart asks of delivery: the goods' gross value (deposit excluded, as thresholds
 * are about goods) and what its products allow. A method is offered only when every product of the part allows it;
 * age-limited goods (16/18) never go by parcel, as the age is checked at the handover.
 */
public record Shipment(
        long businessId,
        Money goods,
        boolean allAllowPickup,
        boolean allAllowLocalDelivery,
        boolean allAllowParcel,
        int highestAgeLimit) {

    public Shipment {
        Objects.requireNonNull(goods, "goods");
    }

    public boolean ageLimited() {
        return highestAgeLimit > 0;
    }
}
