package org.impuls.shop.order;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.impuls.core.api.money.Money;

/**
 * The customer order's totals from its seller orders: the gross amount to pay is the sum of theirs, and the VAT per rate
 * adds each seller order's (each merchant rounds its own, as each invoices its part; a small business adds none).
 */
public record OrderTotals(Money gross, List<RateTotal> vat) {

    /** One rate across the seller orders. */
    public record RateTotal(int ratePercent, Money net, Money vat) {}

    public OrderTotals {
        vat = List.copyOf(vat);
    }

    public static OrderTotals of(List<SellerTotals> sellers, String currency) {
        Money zero = new Money(0, currency);
        Money gross = zero;
        Map<Integer, Money[]> byRate = new TreeMap<>((a, b) -> Integer.compare(b, a));
        for (SellerTotals seller : sellers) {
            gross = gross.plus(seller.total());
            for (SellerTotals.RateLine line : seller.vat()) {
                Money[] sums = byRate.computeIfAbsent(line.ratePercent(), rate -> new Money[] {zero, zero});
                sums[0] = sums[0].plus(line.net());
                sums[1] = sums[1].plus(line.vat());
            }
        }
        return new OrderTotals(
                gross,
                byRate.entrySet().stream()
                        .map(e -> new RateTotal(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList());
    }
}
