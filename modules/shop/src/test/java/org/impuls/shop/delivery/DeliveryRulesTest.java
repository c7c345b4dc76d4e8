package org.impuls.shop.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.impuls.core.api.money.Money;
import org.junit.jupiter.api.Test;

/** The delivery-cost rules: which methods a merchant's part of a cart can take, at what cost, and what is missing. */
class DeliveryRulesTest {

    private static final Optional<List<ZonedDateTime>> ONE_SLOT =
            Optional.of(List.of(ZonedDateTime.parse("2026-12-02T10:00:00+01:00[Europe/Berlin]")));

    private static DeliveryForm everything() {
        DeliveryForm settings = new DeliveryForm();
        settings.setPickup(true);
        settings.setLocalDelivery(true);
        settings.setLocalFeeCents(350);
        settings.setLocalMinimumCents(1500);
        settings.setLocalPostalCodes("67655-67663, 67697");
        settings.setParcel(true);
        settings.setParcelFlatCents(490);
        settings.setParcelFreeFromCents(5000L);
        return settings;
    }

    private static Shipment goods(long cents) {
        return new Shipment(7, Money.euros(cents), true, true, true, 0);
    }

    private static DeliveryOption option(List<DeliveryOption> options, DeliveryMethod method) {
        return options.stream().filter(o -> o.method() == method).findFirst().orElseThrow();
    }

    @Test
    void everyOfferedMethodIsAnsweredInOrder() {
        List<DeliveryOption> options = DeliveryRules.options(everything(), goods(2000), Optional.of("67657"), ONE_SLOT);

        assertThat(options)
                .extracting(DeliveryOption::method)
                .containsExactly(DeliveryMethod.PICKUP, DeliveryMethod.LOCAL_DELIVERY, DeliveryMethod.PARCEL);
        assertThat(options).allMatch(DeliveryOption::available);
        assertThat(options.get(0).cost()).isEqualTo(Money.euros(0));
        assertThat(options.get(0).slots()).isEqualTo(ONE_SLOT.get());
        assertThat(options.get(1).cost()).isEqualTo(Money.euros(350));
        assertThat(options.get(2).cost()).isEqualTo(Money.euros(490));
        assertThat(options.get(2).missingForFree()).contains(Money.euros(3000));
    }

    @Test
    void methodsTheMerchantDoesNotOfferAreLeftOut() {
        DeliveryForm pickupOnly = new DeliveryForm();

        assertThat(DeliveryRules.options(pickupOnly, goods(100), Optional.empty(), ONE_SLOT))
                .extracting(DeliveryOption::method)
                .containsExactly(DeliveryMethod.PICKUP);
    }

    @Test
    void pickupNeedsOpeningHoursAndASlot() {
        DeliveryOption noHours = DeliveryRules.pickup(goods(100), Optional.empty());
        DeliveryOption noSlot = DeliveryRules.pickup(goods(100), Optional.of(List.of()));

        assertThat(noHours.available()).isFalse();
        assertThat(noHours.reason()).contains(DeliveryRules.NO_HOURS);
        assertThat(noSlot.available()).isFalse();
        assertThat(noSlot.reason()).contains(DeliveryRules.NO_SLOT);
    }

    @Test
    void localDeliveryNeedsAPostalCodeInTheArea() {
        DeliveryOption none = DeliveryRules.local(everything(), goods(2000), Optional.empty());
        DeliveryOption blank = DeliveryRules.local(everything(), goods(2000), Optional.of("  "));
        DeliveryOption outside = DeliveryRules.local(everything(), goods(2000), Optional.of("67700"));

        assertThat(none.reason()).contains(DeliveryRules.POSTAL_CODE_NEEDED);
        assertThat(blank.reason()).contains(DeliveryRules.POSTAL_CODE_NEEDED);
        assertThat(outside.available()).isFalse();
        assertThat(outside.reason()).contains(DeliveryRules.OUTSIDE_AREA);
        assertThat(DeliveryRules.local(everything(), goods(2000), Optional.of("67697"))
                        .available())
                .isTrue();
    }

    @Property
    void belowTheMinimumLocalDeliverySaysWhatIsMissing(
            @ForAll @LongRange(min = 0, max = 100_000) long minimum,
            @ForAll @LongRange(min = 0, max = 100_000) long goods) {
        DeliveryForm settings = everything();
        settings.setLocalMinimumCents(minimum);

        DeliveryOption local = DeliveryRules.local(settings, goods(goods), Optional.of("67655"));

        assertThat(local.available()).isEqualTo(goods >= minimum);
        assertThat(local.cost()).isEqualTo(Money.euros(350));
        if (goods < minimum) {
            assertThat(local.reason()).contains(DeliveryRules.BELOW_MINIMUM);
            assertThat(local.missingForMinimum().orElseThrow().cents() + goods).isEqualTo(minimum);
        } else {
            assertThat(local.missingForMinimum()).isEmpty();
        }
    }

    @Property
    void parcelIsFreeFromTheThresholdAndSaysWhatIsMissingBelowIt(
            @ForAll @LongRange(min = 0, max = 100_000) long threshold,
            @ForAll @LongRange(min = 0, max = 100_000) long goods,
            @ForAll @LongRange(min = 0, max = 10_000) long flat) {
        DeliveryForm settings = everything();
        settings.setParcelFreeFromCents(threshold);
        settings.setParcelFlatCents(flat);

        DeliveryOption parcel = DeliveryRules.parcel(settings, goods(goods));

        assertThat(parcel.available()).isTrue();
        if (goods >= threshold) {
            assertThat(parcel.cost()).isEqualTo(Money.euros(0));
            assertThat(parcel.missingForFree()).isEmpty();
        } else {
            assertThat(parcel.cost()).isEqualTo(Money.euros(flat));
            assertThat(parcel.missingForFree().orElseThrow().cents() + goods).isEqualTo(threshold);
        }
    }

    @Property
    void withoutAThresholdAParcelCostsTheFlatRateAndIsNeverFree(
            @ForAll @LongRange(min = 0, max = 10_000_000) long goods) {
        DeliveryForm settings = everything();
        settings.setParcelFreeFromCents(null);

        DeliveryOption parcel = DeliveryRules.parcel(settings, goods(goods));

        assertThat(parcel.cost()).isEqualTo(Money.euros(490));
        assertThat(parcel.missingForFree()).isEmpty();
    }

    @Property
    void neverAnAvailableParcelWithAnAgeLimit(
            @ForAll @IntRange(min = 1, max = 18) int ageLimit,
            @ForAll @LongRange(min = 0, max = 100_000) long goods,
            @ForAll boolean pickupAllowed,
            @ForAll boolean localAllowed,
            @ForAll boolean parcelAllowed) {
        Shipment shipment = new Shipment(7, Money.euros(goods), pickupAllowed, localAllowed, parcelAllowed, ageLimit);

        List<DeliveryOption> options = DeliveryRules.options(everything(), shipment, Optional.of("67655"), ONE_SLOT);

        DeliveryOption parcel = option(options, DeliveryMethod.PARCEL);
        assertThat(parcel.available()).isFalse();
        assertThat(parcel.reason()).contains(parcelAllowed ? DeliveryRules.AGE_LIMIT : DeliveryRules.NOT_FOR_PRODUCT);
        assertThat(option(options, DeliveryMethod.PICKUP).available())
                .as("the age is checked at the handover")
                .isEqualTo(pickupAllowed);
    }

    @Property
    void aMethodOneProductDoesNotAllowIsUnavailable(
            @ForAll boolean pickupAllowed, @ForAll boolean localAllowed, @ForAll boolean parcelAllowed) {
        Shipment shipment = new Shipment(7, Money.euros(6000), pickupAllowed, localAllowed, parcelAllowed, 0);

        List<DeliveryOption> options = DeliveryRules.options(everything(), shipment, Optional.of("67655"), ONE_SLOT);

        assertThat(options).hasSize(3);
        assertThat(option(options, DeliveryMethod.PICKUP).available()).isEqualTo(pickupAllowed);
        assertThat(option(options, DeliveryMethod.LOCAL_DELIVERY).available()).isEqualTo(localAllowed);
        assertThat(option(options, DeliveryMethod.PARCEL).available()).isEqualTo(parcelAllowed);
        options.stream()
                .filter(o -> !o.available())
                .forEach(o -> assertThat(o.reason()).contains(DeliveryRules.NOT_FOR_PRODUCT));
    }
}
