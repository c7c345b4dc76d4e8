package org.impuls.shop.api;

/**
 * A CDI event the shop fires when a customer order's payment failed (declined, expired, cancelled), with the
 * method's or the shop's reason. Observe it {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record PaymentFailed(String customerOrderNumber, String methodId, String reason) {}
