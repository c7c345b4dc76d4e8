/**
 * Orders: one customer order per checkout ({@link org.impuls.shop.order.CustomerOrder}) split at once into one seller
 * order per merchant ({@link org.impuls.shop.order.SellerOrder}, its lines as snapshots, totals, VAT per rate and
 * commission frozen), who may read which ({@link org.impuls.shop.order.Orders}), and the cancellation of orders not paid
 * in time. Checkout writes them ({@code org.impuls.shop.checkout}). See {@code src/docs/orders.md}.
 */
package org.impuls.shop.order;
