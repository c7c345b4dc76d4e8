/**
 * Stock apart from the product: each variant's count in its own row ({@code shop_variant_stock}), changed by one guarded
 * update, never through the versioned {@code Product}; reservations of orders waiting for payment with their expiry; and
 * the product's kept "in stock" figure, rewritten only when a variant sells out or comes back. Published to other
 * modules as {@link org.impuls.shop.api.StockLedger}; see {@code src/docs/stock.md}.
 */
package org.impuls.shop.stock;
