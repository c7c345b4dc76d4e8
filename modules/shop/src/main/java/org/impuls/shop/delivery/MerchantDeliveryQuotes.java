package org.impuls.shop.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.impuls.directory.api.BusinessDirectory;

/** {@link DeliveryQuotes} from the merchant's stored settings and its opening hours in the directory. */
@ApplicationScoped
public class MerchantDeliveryQuotes implements DeliveryQuotes {

    @Inject
    Deliveries deliveries;

    @Inject
    BusinessDirectory directory;

    @Override
    public List<DeliveryOption> optionsFor(Shipment shipment, Optional<String> postalCode, Instant now) {
        DeliveryForm settings = deliveries.of(shipment.businessId());
        Optional<List<ZonedDateTime>> slots = settings.isPickup() && shipment.allAllowPickup()
                ? directory
                        .openingHours(shipment.businessId())
                        .map(hours -> PickupSlots.of(hours, now, settings.getPickupLeadMinutes()))
                : Optional.empty();
        return DeliveryRules.options(settings, shipment, postalCode, slots);
    }
}
