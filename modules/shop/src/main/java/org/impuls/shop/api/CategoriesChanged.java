package org.impuls.shop.api;

/**
 * A CDI event the shop fires when the operator adds, renames or removes a product category; products
 * in a renamed category get new search keys. Observe it {@code during = TransactionPhase.AFTER_SUCCESS}
 * to act only on committed changes.
 */
public record CategoriesChanged() {
}
