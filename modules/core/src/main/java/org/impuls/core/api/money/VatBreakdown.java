package org.impuls.core.api.money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Net amount and VAT per rate, and the totals, of gross lines (consumer prices include VAT), as a German invoice
 * shows them. One rounding rule: per rate, over the sum of its lines' gross amounts (not line by line), VAT =
 * gross × rate / (100 + rate) rounded half up to the cent ({@link VatRate#vatIn}), net = gross − VAT; so net + VAT
 * is the gross amount exactly, per rate and in total.
 *
 * <p>Delivery costs are a gross amount that takes the VAT of the goods they carry: they are split between the rates
 * in proportion to each rate's gross value of goods, by largest remainder so that the parts add up to the delivery
 * cost to the cent (a left-over cent goes to the largest remainder; on a tie to the higher rate). Delivery without
 * goods of any value is taxed at the standard rate.
 *
 * <p>A seller that is a small business ({@link VatTreatment#SMALL_BUSINESS}) shows no VAT: no rates, net = gross,
 * and the legal notice of {@link #noticeKey()}.
 */
public final class VatBreakdown {

    /** One line of goods: its gross amount (unit price × quantity, at least 0) and its VAT rate. */
    public record Line(Money gross, VatRate rate) {

        public Line {
            Objects.requireNonNull(gross, "gross");
            Objects.requireNonNull(rate, "rate");
            if (gross.isNegative()) {
                throw new IllegalArgumentException("a line's gross amount cannot be negative: " + gross);
            }
        }
    }

    /** What one rate comes to: its goods and its share of the delivery, together its gross amount, net and VAT. */
    public record RateTotal(VatRate rate, Money goods, Money delivery, Money gross, Money net, Money vat) {}

    private final VatTreatment treatment;
    private final List<RateTotal> rates;
    private final Money goods;
    private final Money delivery;
    private final Money vat;

    private VatBreakdown(VatTreatment treatment, List<RateTotal> rates, Money goods, Money delivery, Money vat) {
        this.treatment = treatment;
        this.rates = List.copyOf(rates);
        this.goods = goods;
        this.delivery = delivery;
        this.vat = vat;
    }

    /** The breakdown of goods without delivery costs. */
    public static VatBreakdown of(VatTreatment treatment, List<Line> lines) {
        String currency = lines.isEmpty() ? Money.EURO : lines.get(0).gross().currency();
        return of(treatment, lines, new Money(0, currency));
    }

    /** The breakdown of goods and the delivery costs (gross, at least 0) that carry them. */
    public static VatBreakdown of(VatTreatment treatment, List<Line> lines, Money delivery) {
        Objects.requireNonNull(treatment, "treatment");
        if (delivery.isNegative()) {
            throw new IllegalArgumentException("delivery costs cannot be negative: " + delivery);
        }
        Money zero = new Money(0, delivery.currency());
        Map<VatRate, Money> goodsByRate = new EnumMap<>(VatRate.class);
        for (Line line : lines) {
            goodsByRate.merge(line.rate(), line.gross(), Money::plus);
        }
        Money goods = goodsByRate.values().stream().reduce(zero, Money::plus);
        if (treatment == VatTreatment.SMALL_BUSINESS) {
            return new VatBreakdown(treatment, List.of(), goods, delivery, zero);
        }
        if (goods.cents() == 0 && delivery.cents() > 0) {
            goodsByRate.putIfAbsent(VatRate.STANDARD, zero);
        }
        List<VatRate> order = goodsByRate.keySet().stream()
                .sorted(Comparator.comparingInt(VatRate::percent).reversed())
                .toList();
        List<Long> shares = deliveryShares(delivery, order, goodsByRate);
        List<RateTotal> totals = new ArrayList<>();
        Money vat = zero;
        for (int i = 0; i < order.size(); i++) {
            VatRate rate = order.get(i);
            Money share = new Money(shares.get(i), delivery.currency());
            Money gross = goodsByRate.get(rate).plus(share);
            Money rateVat = rate.vatIn(gross);
            totals.add(new RateTotal(rate, goodsByRate.get(rate), share, gross, gross.minus(rateVat), rateVat));
            vat = vat.plus(rateVat);
        }
        return new VatBreakdown(treatment, totals, goods, delivery, vat);
    }

    /** The delivery costs split in proportion to the goods per rate; all at the standard rate when the goods are worth nothing. */
    private static List<Long> deliveryShares(Money delivery, List<VatRate> order, Map<VatRate, Money> goodsByRate) {
        boolean worthless = goodsByRate.values().stream().allMatch(goods -> goods.cents() == 0);
        List<Long> weights = order.stream()
                .map(rate -> worthless
                        ? (rate == VatRate.STANDARD ? 1L : 0L)
                        : goodsByRate.get(rate).cents())
                .toList();
        return delivery.cents() == 0
                ? weights.stream().map(weight -> 0L).toList()
                : LargestRemainder.split(delivery.cents(), weights);
    }

    /** Per rate, highest rate first; empty for a small business, which shows no VAT. */
    public List<RateTotal> rates() {
        return rates;
    }

    /** The gross value of the goods. */
    public Money goods() {
        return goods;
    }

    /** The delivery costs (gross). */
    public Money delivery() {
        return delivery;
    }

    /** Everything to pay: goods and delivery, VAT included. */
    public Money gross() {
        return goods.plus(delivery);
    }

    public Money net() {
        return gross().minus(vat);
    }

    public Money vat() {
        return vat;
    }

    public VatTreatment treatment() {
        return treatment;
    }

    /** The message key of the legal notice to show with the breakdown, if any (§ 19 UStG for a small business). */
    public Optional<String> noticeKey() {
        return treatment.noticeKey();
    }
}
