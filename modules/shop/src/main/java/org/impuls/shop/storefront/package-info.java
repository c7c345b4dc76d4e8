/** The shop in the storefront: the catalogue page, product pages, the header search and the products on business profiles. */
package org.impuls.shop.storefront;
