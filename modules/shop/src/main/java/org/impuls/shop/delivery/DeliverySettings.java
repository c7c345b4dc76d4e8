package org.impuls.shop.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How a merchant delivers; one row per business, created with defaults (pick-up only) when first saved. */
@Entity
@Table(name = "shop_delivery_settings")
public class DeliverySettings {

    @Id
    @Column(name = "business_id")
    private Long businessId;

    private boolean pickup = true;

    @Column(name = "pickup_lead_minutes")
    private int pickupLeadMinutes = 120;

    @Column(name = "local_delivery")
    private boolean localDelivery;

    @Column(name = "local_fee_cents")
    private long localFeeCents;

    @Column(name = "local_minimum_cents")
    private long localMinimumCents;

    @Column(name = "local_postal_codes", nullable = false)
    private String localPostalCodes = "";

    private boolean parcel;

    @Column(name = "parcel_flat_cents")
    private long parcelFlatCents;

    @Column(name = "parcel_free_from_cents")
    private Long parcelFreeFromCents;

    protected DeliverySettings() {}

    DeliverySettings(long businessId) {
        this.businessId = businessId;
    }

    void change(DeliveryForm form) {
        pickup = form.isPickup();
        pickupLeadMinutes = form.getPickupLeadMinutes();
        localDelivery = form.isLocalDelivery();
        localFeeCents = form.getLocalFeeCents();
        localMinimumCents = form.getLocalMinimumCents();
        localPostalCodes = form.getLocalPostalCodes() == null
                ? ""
                : form.getLocalPostalCodes().strip();
        parcel = form.isParcel();
        parcelFlatCents = form.getParcelFlatCents();
        parcelFreeFromCents = form.getParcelFreeFromCents();
    }

    DeliveryForm toForm() {
        DeliveryForm form = new DeliveryForm();
        form.setPickup(pickup);
        form.setPickupLeadMinutes(pickupLeadMinutes);
        form.setLocalDelivery(localDelivery);
        form.setLocalFeeCents(localFeeCents);
        form.setLocalMinimumCents(localMinimumCents);
        form.setLocalPostalCodes(localPostalCodes);
        form.setParcel(parcel);
        form.setParcelFlatCents(parcelFlatCents);
        form.setParcelFreeFromCents(parcelFreeFromCents);
        return form;
    }

    public Long getBusinessId() {
        return businessId;
    }
}
