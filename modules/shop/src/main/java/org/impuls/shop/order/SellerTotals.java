package org.impuls.shop.order;

import java.util.ArrayList;
import java.util.List;
import org.impuls.core.api.money.Money;
import org.impuls.core.api.money.VatBreakdown;
import org.impuls.core.api.money.VatRate;
import org.impuls.core.api.money.VatTreatment;
import org.impuls.shop.commission.CommissionRate;

/**
 * What one seller order comes to, computed once at placement: goods, deposit, delivery, the total, the VAT contained
 * per rate ({@link VatBreakdown} over the lines, their deposits at the line's rate, and the delivery costs) and the
 * commission on the gross goods (without deposit and delivery, see {@code commission.md}).
 */
public record SellerTotals(
        Money goods,
        Money deposit,
        Money delivery,
        Money total,
        List<RateLine> vat,
        Money vatTotal,
        CommissionRate commissionRate,
        Money commission) {

    /** What one rate comes to in a seller order. */
    public record RateLine(int ratePercent, Money gross, Money net, Money vat) {}

    public SellerTotals {
        vat = List.copyOf(vat);
    }

    public static SellerTotals of(
            VatTreatment treatment, List<LineSnapshot> lines, Money delivery, CommissionRate commissionRate) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a seller order has at least one line");
        }
        Money zero = new Money(0, delivery.currency());
        Money goods = zero;
        Money deposit = zero;
        List<VatBreakdown.Line> vatLines = new ArrayList<>();
        for (LineSnapshot line : lines) {
            goods = goods.plus(line.lineTotal());
            deposit = deposit.plus(line.depositTotal());
            vatLines.add(new VatBreakdown.Line(
                    line.lineTotal().plus(line.depositTotal()), VatRate.ofPercent(line.vatRatePercent())));
        }
        VatBreakdown breakdown = VatBreakdown.of(treatment, vatLines, delivery);
        List<RateLine> rates = breakdown.rates().stream()
                .map(r -> new RateLine(r.rate().percent(), r.gross(), r.net(), r.vat()))
                .toList();
        return new SellerTotals(
                goods,
                deposit,
                delivery,
                breakdown.gross(),
                rates,
                breakdown.vat(),
                commissionRate,
                commissionRate.of(goods));
    }
}
