/** The merchant's catalogue pages: the product list (hide, show, copy, delete) and the CSV import with dry run and export. */
package org.impuls.shop.backoffice;
