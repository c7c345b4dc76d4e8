package org.impuls.core.api.category;

/**
 * A CDI event fired after every change of a category tree (added, renamed, moved, removed), e.g. for caches of
 * answers that show category names. {@code module} names the tree ({@code directory}, {@code shop}). Observe it
 * {@code during = TransactionPhase.AFTER_SUCCESS} to act only on committed changes.
 */
public record CategoriesChanged(String module, String slug) {}
