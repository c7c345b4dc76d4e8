/**
 * What other modules and plugins may use of the shop: the {@link org.impuls.shop.api.CatalogChanged},
 * {@link org.impuls.shop.api.CategoriesChanged} and {@link org.impuls.shop.api.StockChanged} events, and the
 * {@link org.impuls.shop.api.StockLedger} that reserves, commits and releases stock.
 */
package org.impuls.shop.api;
