/**
 * Payments of customer orders: {@code Payments} (what checkout calls), the payment lifecycle and its history, provider
 * callbacks at {@code /api/shop/payments/{methodId}/callback}, the built-in methods pay at pick-up and bank transfer, and
 * the merchant's payment settings (the account for transfers; {@code /backoffice/shop/payment.xhtml}).
 */
package org.impuls.shop.payment;
