/**
 * The marketplace's commission: the operator's default percentage and per-seller overrides, and the rate checkout
 * freezes on each seller order ({@link org.impuls.shop.commission.Commissions#rateFor}).
 */
package org.impuls.shop.commission;
