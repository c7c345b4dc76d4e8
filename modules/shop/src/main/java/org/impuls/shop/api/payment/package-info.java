/**
 * The payment SPI: a {@link org.impuls.shop.api.payment.PaymentMethod} (built in or from a plugin) offers itself for
 * a {@link org.impuls.shop.api.payment.PaymentOrder}, starts a payment, verifies and reads its provider's callbacks,
 * refunds seller orders and reports what it knows; the shop keeps the {@link org.impuls.shop.api.payment.PaymentState}.
 * See {@code src/docs/payments.md}.
 */
package org.impuls.shop.api.payment;
