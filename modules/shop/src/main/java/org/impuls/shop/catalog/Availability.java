package org.impuls.shop.catalog;

/** A variant on sale, hidden from customers, or shown as sold out. */
public enum Availability {
    ACTIVE,
    HIDDEN,
    SOLD_OUT
}
