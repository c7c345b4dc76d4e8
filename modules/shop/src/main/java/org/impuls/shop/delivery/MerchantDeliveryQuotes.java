package org.impuls.shop.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
        return options(deliveries.of(shipment.businessId()), shipment, postalCode, now);
    }

    /** The merchants' settings in one query, then each shipment as {@link #optionsFor}. */
    @Override
    public Function<Shipment, List<DeliveryOption>> forMerchants(
            Collection<Long> businessIds, Optional<String> postalCode, Instant now) {
        Map<Long, DeliveryForm> settings = deliveries.ofAll(businessIds);
        return shipment ->
                options(settings.computeIfAbsent(shipment.businessId(), deliveries::of), shipment, postalCode, now);
    }

    private List<DeliveryOption> options(
            DeliveryForm settings, Shipment shipment, Optional<String> postalCode, Instant now) {
        Optional<List<ZonedDateTime>> slots = settings.isPickup() && shipment.allAllowPickup()
                ? directory
                        .openingHours(shipment.businessId())
                        .map(hours -> PickupSlots.of(hours, now, settings.getPickupLeadMinutes()))
                : Optional.empty();
        return DeliveryRules.options(settings, shipment, postalCode, slots);
    }
}
