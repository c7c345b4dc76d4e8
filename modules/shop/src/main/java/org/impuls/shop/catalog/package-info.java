/**
 * The catalogue: products of directory businesses, their variants (SKU, gross price with VAT rate, base
 * price, stock, sale price with the lowest price of the previous 30 days), images, legal details (LMIV
 * allergens, deposit, age limit, GPSR manufacturer) and delivery options; German-aware search.
 */
package org.impuls.shop.catalog;
