package org.impuls.shop.api;

/**
 * A CDI event the shop fires when a variant's stock changes (a reservation, its commit, release or expiry, or the
 * merchant's new count). {@code available} is null when the stock is not tracked; {@code inStockChanged} says whether
 * the variant sold out or came back, the only change that lists and the "in stock" filter show. Observe it
 * {@code during = TransactionPhase.AFTER_SUCCESS} to act only on committed changes.
 */
public record StockChanged(long variantId, long productId, Integer available, boolean inStockChanged) {}
