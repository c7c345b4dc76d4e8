package org.impuls.shop.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.impuls.core.api.money.Money;
import org.impuls.directory.api.BusinessDirectory;
import org.impuls.directory.api.BusinessHours;
import org.impuls.directory.api.GeoPoint;
import org.impuls.directory.hours.OpeningHours;
import org.junit.jupiter.api.Test;

/** The quotes read the merchant's stored settings (lead time included) and its opening hours in the directory. */
class MerchantDeliveryQuotesTest {

    private static final Instant TUESDAY_NINE = ZonedDateTime.of(
                    LocalDateTime.parse("2026-12-01T09:00"), BusinessHours.ZONE)
            .toInstant();

    private static MerchantDeliveryQuotes quotes(DeliveryForm settings, Map<Long, BusinessHours> hours) {
        MerchantDeliveryQuotes quotes = new MerchantDeliveryQuotes();
        quotes.deliveries = new Deliveries() {
            @Override
            public DeliveryForm of(long businessId) {
                return settings;
            }
        };
        quotes.directory = new Hours(hours);
        return quotes;
    }

    private static Shipment part(long businessId) {
        return new Shipment(businessId, Money.euros(1200), true, true, true, 0);
    }

    @Test
    void theLeadTimeAndTheOpeningHoursGiveTheSlots() {
        DeliveryForm settings = new DeliveryForm();
        settings.setPickupLeadMinutes(90);

        List<DeliveryOption> options = quotes(settings, Map.of(3L, OpeningHours.parse("Mo-Sa 09:00-18:00")))
                .optionsFor(part(3), Optional.empty(), TUESDAY_NINE);

        assertThat(options).singleElement().satisfies(pickup -> {
            assertThat(pickup.method()).isEqualTo(DeliveryMethod.PICKUP);
            assertThat(pickup.available()).isTrue();
            assertThat(pickup.slots().get(0).toLocalDateTime()).hasToString("2026-12-01T10:30");
        });
    }

    @Test
    void withoutOpeningHoursPickupIsUnavailable() {
        DeliveryForm settings = new DeliveryForm();
        settings.setParcel(true);
        settings.setParcelFlatCents(490);

        List<DeliveryOption> options =
                quotes(settings, Map.of()).optionsFor(part(3), Optional.of("67655"), TUESDAY_NINE);

        assertThat(options)
                .extracting(DeliveryOption::method)
                .containsExactly(DeliveryMethod.PICKUP, DeliveryMethod.PARCEL);
        assertThat(options.get(0).reason()).contains(DeliveryRules.NO_HOURS);
        assertThat(options.get(1).cost()).isEqualTo(Money.euros(490));
    }

    /** A directory that knows only opening hours. */
    private record Hours(Map<Long, BusinessHours> hours) implements BusinessDirectory {

        @Override
        public Optional<BusinessHours> openingHours(long businessId) {
            return Optional.ofNullable(hours.get(businessId));
        }

        @Override
        public Optional<BusinessInfo> find(long businessId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<Long> listedIds() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<Long> unlistedIds() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<BusinessInfo> findAll(Collection<Long> businessIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<GeoPoint> centreOf(String postalCode) {
            throw new UnsupportedOperationException();
        }
    }
}
