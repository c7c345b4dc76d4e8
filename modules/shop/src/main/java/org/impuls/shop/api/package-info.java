/**
 * What other modules and plugins may use of the shop: the {@link org.impuls.shop.api.CatalogChanged} event. Changes
 * of the product category tree are announced by the core's {@code CategoriesChanged} with module {@code shop}.
 */
package org.impuls.shop.api;
