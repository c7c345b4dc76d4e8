/**
 * The catalogue as CSV, in the documented format of {@code src/docs/catalog-csv.md}: one row per
 * variant keyed by SKU, rows of one product sharing its {@code product} handle.
 */
package org.impuls.shop.csv;
