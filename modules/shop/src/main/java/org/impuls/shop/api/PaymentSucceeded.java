package org.impuls.shop.api;

import org.impuls.core.api.money.Money;

/**
 * A CDI event the shop fires when a customer order's payment reached PAID. Observe it
 * {@code during = TransactionPhase.AFTER_SUCCESS} to act only on committed changes.
 */
public record PaymentSucceeded(String customerOrderNumber, String methodId, Money amount) {}
