package org.impuls.shop.delivery;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.impuls.core.api.money.Money;

/**
 * The delivery-cost rules, without the database or the directory: what a merchant's settings make of one part of a
 * cart. Thresholds (minimum order value, free parcel) compare {@link Shipment#goods()}, the goods' gross value
 * without deposit: a deposit is returned money, not a purchase.
 */
final class DeliveryRules {

    static final String NOT_FOR_PRODUCT = "shop.delivery.reason.not-for-product";
    static final String NO_HOURS = "shop.delivery.reason.no-hours";
    static final String NO_SLOT = "shop.delivery.reason.no-slot";
    static final String POSTAL_CODE_NEEDED = "shop.delivery.reason.postal-code-needed";
    static final String OUTSIDE_AREA = "shop.delivery.reason.outside-area";
    static final String BELOW_MINIMUM = "shop.delivery.reason.below-minimum";
    static final String AGE_LIMIT = "shop.delivery.reason.age-limit";

    private DeliveryRules() {}

    /**
     * @param slots the merchant's pick-up slots, empty when it gave no opening hours (then nobody knows when to come)
     */
    static List<DeliveryOption> options(
            DeliveryForm settings,
            Shipment shipment,
            Optional<String> postalCode,
            Optional<List<ZonedDateTime>> slots) {
        List<DeliveryOption> options = new ArrayList<>(3);
        if (settings.isPickup()) {
            options.add(pickup(shipment, slots));
        }
        if (settings.isLocalDelivery()) {
            options.add(local(settings, shipment, postalCode));
        }
        if (settings.isParcel()) {
            options.add(parcel(settings, shipment));
        }
        return List.copyOf(options);
    }

    static DeliveryOption pickup(Shipment shipment, Optional<List<ZonedDateTime>> slots) {
        Money free = Money.euros(0);
        if (!shipment.allAllowPickup()) {
            return unavailable(DeliveryMethod.PICKUP, NOT_FOR_PRODUCT, free, Optional.empty());
        }
        if (slots.isEmpty()) {
            return unavailable(DeliveryMethod.PICKUP, NO_HOURS, free, Optional.empty());
        }
        if (slots.get().isEmpty()) {
            return unavailable(DeliveryMethod.PICKUP, NO_SLOT, free, Optional.empty());
        }
        return new DeliveryOption(
                DeliveryMethod.PICKUP, true, Optional.empty(), free, Optional.empty(), Optional.empty(), slots.get());
    }

    static DeliveryOption local(DeliveryForm settings, Shipment shipment, Optional<String> postalCode) {
        Money fee = Money.euros(settings.getLocalFeeCents());
        if (!shipment.allAllowLocalDelivery()) {
            return unavailable(DeliveryMethod.LOCAL_DELIVERY, NOT_FOR_PRODUCT, fee, Optional.empty());
        }
        Optional<String> code = postalCode.map(String::strip).filter(text -> !text.isEmpty());
        if (code.isEmpty()) {
            return unavailable(DeliveryMethod.LOCAL_DELIVERY, POSTAL_CODE_NEEDED, fee, Optional.empty());
        }
        if (!PostalCodeArea.parse(settings.getLocalPostalCodes()).contains(code.get())) {
            return unavailable(DeliveryMethod.LOCAL_DELIVERY, OUTSIDE_AREA, fee, Optional.empty());
        }
        long missing = settings.getLocalMinimumCents() - shipment.goods().cents();
        if (missing > 0) {
            return unavailable(DeliveryMethod.LOCAL_DELIVERY, BELOW_MINIMUM, fee, Optional.of(Money.euros(missing)));
        }
        return new DeliveryOption(
                DeliveryMethod.LOCAL_DELIVERY,
                true,
                Optional.empty(),
                fee,
                Optional.empty(),
                Optional.empty(),
                List.of());
    }

    static DeliveryOption parcel(DeliveryForm settings, Shipment shipment) {
        Long freeFrom = settings.getParcelFreeFromCents();
        long goods = shipment.goods().cents();
        boolean free = freeFrom != null && goods >= freeFrom;
        Money cost = Money.euros(free ? 0 : settings.getParcelFlatCents());
        if (!shipment.allAllowParcel()) {
            return unavailable(DeliveryMethod.PARCEL, NOT_FOR_PRODUCT, cost, Optional.empty());
        }
        if (shipment.ageLimited()) {
            return unavailable(DeliveryMethod.PARCEL, AGE_LIMIT, cost, Optional.empty());
        }
        Optional<Money> missingForFree =
                freeFrom == null || free ? Optional.empty() : Optional.of(Money.euros(freeFrom - goods));
        return new DeliveryOption(
                DeliveryMethod.PARCEL, true, Optional.empty(), cost, missingForFree, Optional.empty(), List.of());
    }

    private static DeliveryOption unavailable(
            DeliveryMethod method, String reason, Money cost, Optional<Money> missingForMinimum) {
        return new DeliveryOption(
                method, false, Optional.of(reason), cost, Optional.empty(), missingForMinimum, List.of());
    }
}
