/**
 * What other modules and plugins may use of the shop: the {@link org.impuls.shop.api.CatalogChanged} and
 * {@link org.impuls.shop.api.CategoriesChanged} events.
 */
package org.impuls.shop.api;
