package org.impuls.shop.catalog;

/** Whether customers see a product at all. */
public enum ProductStatus {
    ACTIVE,
    HIDDEN
}
