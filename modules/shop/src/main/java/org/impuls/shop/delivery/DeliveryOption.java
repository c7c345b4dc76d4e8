package org.impuls.shop.delivery;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.impuls.core.api.money.Money;

/**
 * One way a merchant's part of a cart can be delivered, for this cart and postal code. An option that is not
 * {@link #available()} says why ({@link #reason()}: an i18n key of the shop, e.g. outside the delivery area, the
 * minimum not reached) and, where money would change that, how much is missing ({@link #missingForMinimum()}).
 *
 * @param cost what the customer pays for it now (zero when free)
 * @param missingForFree what the goods lack to make it free (a parcel's threshold), empty when free or never free
 * @param slots pick-up times the customer may choose (empty for the other methods), in Europe/Berlin
 */
public record DeliveryOption(
        DeliveryMethod method,
        boolean available,
        Optional<String> reason,
        Money cost,
        Optional<Money> missingForFree,
        Optional<Money> missingForMinimum,
        List<ZonedDateTime> slots) {

    public DeliveryOption {
        reason = reason == null ? Optional.empty() : reason;
        missingForFree = missingForFree == null ? Optional.empty() : missingForFree;
        missingForMinimum = missingForMinimum == null ? Optional.empty() : missingForMinimum;
        slots = slots == null ? List.of() : List.copyOf(slots);
    }
}
