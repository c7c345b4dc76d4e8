package org.impuls.shop.delivery;

/** How a merchant's part of a cart reaches the customer. */
public enum DeliveryMethod {
    /** The customer fetches it in the shop, at one of the offered slots. */
    PICKUP,
    /** The merchant brings it within its postal codes, from a minimum order value. */
    LOCAL_DELIVERY,
    /** A parcel service brings it, at a flat rate or free above a threshold. */
    PARCEL
}
