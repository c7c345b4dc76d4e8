/**
 * Checkout: {@code POST /api/shop/carts/{cartId}/checkout} turns a cart into a customer order with one seller order per
 * merchant ({@code org.impuls.shop.order}) in one transaction: the body's and the cart's checks, each refusal naming its
 * field, the stock reserved, the payment started through the payment SPI, the cart emptied; idempotent per
 * Idempotency-Key and cart. See {@code src/docs/orders.md}.
 */
package org.impuls.shop.checkout;
