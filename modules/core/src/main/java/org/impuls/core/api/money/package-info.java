/**
 * Money for modules: {@link org.impuls.core.api.money.Money} (integer cents and a currency), amounts as people
 * write them in German and English ({@link org.impuls.core.api.money.AmountFormat}), the VAT rates and the VAT
 * breakdown of a basket or invoice ({@link org.impuls.core.api.money.VatBreakdown}). See {@code src/docs/money.md}.
 */
package org.impuls.core.api.money;
