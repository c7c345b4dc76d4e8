/**
 * What other modules and plugins may use of the shop: the {@link org.impuls.shop.api.CatalogChanged} and
 * {@link org.impuls.shop.api.StockChanged} events, and the {@link org.impuls.shop.api.StockLedger} that reserves,
 * commits and releases stock; the payment events {@link org.impuls.shop.api.PaymentSucceeded} and
 * {@link org.impuls.shop.api.PaymentFailed}; the order events checkout fires, {@link org.impuls.shop.api.OrderPlaced}
 * and {@link org.impuls.shop.api.OrderCancelled}; and the payment SPI in {@code org.impuls.shop.api.payment}. Changes of the product category tree are announced by the core\x27s
 * {@code CategoriesChanged} with module {@code shop}.
 */
package org.impuls.shop.api;
