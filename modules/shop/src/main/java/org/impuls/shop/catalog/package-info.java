/**
 * The catalogue: products of directory businesses, their variants (SKU, gross price with VAT rate, base
 * price, sale price with the lowest price of the previous 30 days; their stock is {@code stock}'s), images, legal details (LMIV
 * allergens, deposit, age limit, GPSR manufacturer) and delivery options; German-aware search.
 */
package org.impuls.shop.catalog;
