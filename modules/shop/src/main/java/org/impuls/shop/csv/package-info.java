/**
 * The catalogue as CSV, in the documented format of {@code src/docs/catalog-csv.md}: one row per
 * variant keyed by SKU, rows of one product sharing its {@code product} handle. An upload is read only after
 * {@link org.impuls.shop.csv.ImportGate} let it in (the caller's business, one import at a time), and only up to
 * its cap ({@link org.impuls.shop.csv.CappedBody}).
 */
package org.impuls.shop.csv;
