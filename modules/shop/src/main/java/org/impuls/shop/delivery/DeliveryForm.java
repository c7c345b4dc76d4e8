package org.impuls.shop.delivery;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A merchant's delivery settings as the API and the form carry them; amounts in cents. */
public class DeliveryForm {

    private boolean pickup = true;

    /** How long before a pick-up slot the merchant needs the order, 0 to a week. */
    @Min(0)
    @Max(10_080)
    private int pickupLeadMinutes = 120;

    private boolean localDelivery;

    @Min(0)
    @Max(100_000)
    private long localFeeCents;

    @Min(0)
    @Max(10_000_000)
    private long localMinimumCents;

    /** Postal codes and ranges, e.g. "67655-67663, 67677". */
    @Size(max = 500)
    @Pattern(
            regexp = "\\s*(\\d{5}(\\s*-\\s*\\d{5})?(\\s*,\\s*\\d{5}(\\s*-\\s*\\d{5})?)*)?\\s*",
            message = "{impuls.postalCodes}")
    private String localPostalCodes = "";

    private boolean parcel;

    @Min(0)
    @Max(100_000)
    private long parcelFlatCents;

    @Min(0)
    @Max(10_000_000)
    private Long parcelFreeFromCents;

    public boolean isPickup() {
        return pickup;
    }

    public void setPickup(boolean pickup) {
        this.pickup = pickup;
    }

    public int getPickupLeadMinutes() {
        return pickupLeadMinutes;
    }

    public void setPickupLeadMinutes(int pickupLeadMinutes) {
        this.pickupLeadMinutes = pickupLeadMinutes;
    }

    public boolean isLocalDelivery() {
        return localDelivery;
    }

    public void setLocalDelivery(boolean localDelivery) {
        this.localDelivery = localDelivery;
    }

    public long getLocalFeeCents() {
        return localFeeCents;
    }

    public void setLocalFeeCents(long localFeeCents) {
        this.localFeeCents = localFeeCents;
    }

    public long getLocalMinimumCents() {
        return localMinimumCents;
    }

    public void setLocalMinimumCents(long localMinimumCents) {
        this.localMinimumCents = localMinimumCents;
    }

    public String getLocalPostalCodes() {
        return localPostalCodes;
    }

    public void setLocalPostalCodes(String localPostalCodes) {
        this.localPostalCodes = localPostalCodes;
    }

    public boolean isParcel() {
        return parcel;
    }

    public void setParcel(boolean parcel) {
        this.parcel = parcel;
    }

    public long getParcelFlatCents() {
        return parcelFlatCents;
    }

    public void setParcelFlatCents(long parcelFlatCents) {
        this.parcelFlatCents = parcelFlatCents;
    }

    public Long getParcelFreeFromCents() {
        return parcelFreeFromCents;
    }

    public void setParcelFreeFromCents(Long parcelFreeFromCents) {
        this.parcelFreeFromCents = parcelFreeFromCents;
    }
}
