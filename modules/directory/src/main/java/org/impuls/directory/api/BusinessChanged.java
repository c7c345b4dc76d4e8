package org.impuls.directory.api;

/**
 * A CDI event the directory fires when what customers see of a business changes: it was approved, hidden
 * or shown again, or its profile was edited. Observe it {@code during = TransactionPhase.AFTER_SUCCESS}
 * to act only on committed changes (the shop forgets its kept search answers).
 */
public record BusinessChanged(long businessId) {}
