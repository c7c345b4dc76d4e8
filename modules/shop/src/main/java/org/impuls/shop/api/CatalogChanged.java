package org.impuls.shop.api;

/**
 * A CDI event the shop fires when a product, its variants, prices, stock or images change. Observe it
 * {@code during = TransactionPhase.AFTER_SUCCESS} to act only on committed changes.
 */
public record CatalogChanged(long businessId, long productId) {}
