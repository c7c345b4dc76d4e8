/** Each merchant's delivery settings: pick-up, local delivery (fee, minimum order, postal codes), parcel shipping (flat rate, free above). */
package org.impuls.shop.delivery;
