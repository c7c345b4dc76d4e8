package org.impuls.shop.cart;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.impuls.core.api.money.Money;
import org.impuls.core.api.money.VatBreakdown;
import org.impuls.core.api.money.VatRate;
import org.impuls.core.api.money.VatTreatment;
import org.impuls.directory.api.BusinessDirectory.BusinessInfo;
import org.impuls.shop.cart.CartSummary.Delivery;
import org.impuls.shop.cart.CartSummary.Line;
import org.impuls.shop.cart.CartSummary.MerchantGroup;
import org.impuls.shop.cart.CartSummary.Notice;
import org.impuls.shop.cart.CartSummary.NoticeKind;
import org.impuls.shop.cart.CartSummary.Totals;
import org.impuls.shop.cart.CartSummary.Vat;
import org.impuls.shop.cart.CartSummary.VatLine;
import org.impuls.shop.delivery.DeliveryOption;
import org.impuls.shop.delivery.Shipment;

/**
 * Turns a cart's lines and what is true of their variants now into the {@link CartSummary}: notices, groups, sums,
 * VAT and the shipments delivery is quoted for. No database here, so that the rules are tested alone.
 */
final class CartCalculator {

    /** A line and its variant now; {@code priceCents} null when the variant no longer exists. */
    record LineFacts(
            long lineId,
            long variantId,
            long productId,
            long businessId,
            String title,
            String label,
            String url,
            int quantity,
            long seenPriceCents,
            int seenDepositCents,
            Long priceCents,
            int depositCents,
            int vatRatePercent,
            int ageLimit,
            boolean onSale,
            Integer available,
            boolean pickup,
            boolean localDelivery,
            boolean parcel) {}

    /** Texts of the shop's messages in the request's language. */
    @FunctionalInterface
    interface Texts {
        String text(String key, Object... arguments);
    }

    private final Texts texts;
    private final Locale locale;

    CartCalculator(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /**
     * The summary; {@code businesses} holds the sellers known to the directory (a missing or unlisted one sells
     * nothing), {@code quotes} answers a group's shipment.
     */
    CartSummary summarise(
            String id,
            String postalCode,
            List<LineFacts> facts,
            Map<Long, BusinessInfo> businesses,
            Function<Shipment, List<DeliveryOption>> quotes) {
        Map<Long, List<LineFacts>> byMerchant = new LinkedHashMap<>();
        facts.stream()
                .sorted(Comparator.comparingLong(LineFacts::lineId))
                .forEach(f -> byMerchant
                        .computeIfAbsent(f.businessId(), b -> new ArrayList<>())
                        .add(f));
        List<MerchantGroup> groups = new ArrayList<>();
        byMerchant.forEach(
                (businessId, lines) -> groups.add(group(businessId, lines, businesses.get(businessId), quotes)));
        int items = facts.stream().mapToInt(LineFacts::quantity).sum();
        return new CartSummary(id, items, postalCode, List.copyOf(groups), totals(groups));
    }

    private MerchantGroup group(
            long businessId,
            List<LineFacts> facts,
            BusinessInfo business,
            Function<Shipment, List<DeliveryOption>> quotes) {
        boolean sells = business != null && business.publiclyListed();
        VatTreatment treatment = business == null ? VatTreatment.REGULAR : business.vatTreatment();
        List<Line> lines = facts.stream().map(f -> line(f, sells)).toList();
        List<LineFacts> buyable = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            if (lines.get(i).buyable()) {
                buyable.add(facts.get(i));
            }
        }
        Money goods =
                sum(lines.stream().filter(Line::buyable).map(Line::lineTotal).toList());
        Money deposit =
                sum(lines.stream().filter(Line::buyable).map(Line::depositTotal).toList());
        int ageLimit = buyable.stream().mapToInt(LineFacts::ageLimit).max().orElse(0);
        List<Delivery> delivery = buyable.isEmpty()
                ? List.of()
                : quotes
                        .apply(new Shipment(
                                businessId,
                                goods,
                                buyable.stream().allMatch(LineFacts::pickup),
                                buyable.stream().allMatch(LineFacts::localDelivery),
                                buyable.stream().allMatch(LineFacts::parcel),
                                ageLimit))
                        .stream()
                        .map(this::delivery)
                        .toList();
        return new MerchantGroup(
                businessId,
                business == null ? "" : business.name(),
                business == null ? null : business.path(),
                treatment,
                lines,
                goods,
                deposit,
                goods.plus(deposit),
                vat(VatBreakdown.of(treatment, vatLines(lines))),
                delivery,
                ageLimit > 0,
                ageLimit);
    }

    Line line(LineFacts f, boolean sellerSells) {
        List<Notice> notices = new ArrayList<>();
        boolean exists = f.priceCents() != null;
        long priceCents = exists ? f.priceCents() : f.seenPriceCents();
        int depositCents = exists ? f.depositCents() : f.seenDepositCents();
        if (!exists || !f.onSale() || !sellerSells) {
            notices.add(
                    new Notice(NoticeKind.UNAVAILABLE, null, null, null, texts.text("shop.cart.notice.unavailable")));
        } else {
            if (priceCents != f.seenPriceCents()) {
                notices.add(changed(NoticeKind.PRICE_CHANGED, f.seenPriceCents(), priceCents));
            }
            if (depositCents != f.seenDepositCents()) {
                notices.add(changed(NoticeKind.DEPOSIT_CHANGED, f.seenDepositCents(), depositCents));
            }
            if (f.available() != null && f.quantity() > f.available()) {
                notices.add(new Notice(
                        NoticeKind.STOCK_SHORT,
                        null,
                        null,
                        f.available(),
                        f.available() == 0
                                ? texts.text("shop.cart.notice.sold-out")
                                : texts.text("shop.cart.notice.stock-short", f.available())));
            }
        }
        Money unit = Money.euros(priceCents);
        Money depositUnit = Money.euros(depositCents);
        return new Line(
                f.lineId(),
                f.variantId(),
                f.productId(),
                f.title(),
                f.label(),
                f.url(),
                unit,
                f.quantity(),
                unit.times(f.quantity()),
                depositUnit,
                depositUnit.times(f.quantity()),
                f.vatRatePercent(),
                f.ageLimit(),
                f.available(),
                List.copyOf(notices));
    }

    private Notice changed(NoticeKind kind, long wasCents, long nowCents) {
        Money was = Money.euros(wasCents);
        Money now = Money.euros(nowCents);
        String key = kind == NoticeKind.PRICE_CHANGED
                ? "shop.cart.notice.price-changed"
                : "shop.cart.notice.deposit-changed";
        return new Notice(kind, was, now, null, texts.text(key, was.format(locale), now.format(locale)));
    }

    /** The VAT lines of the buyable lines: goods and deposit at the product's rate (the deposit follows the main supply). */
    static List<VatBreakdown.Line> vatLines(List<Line> lines) {
        return lines.stream()
                .filter(Line::buyable)
                .map(l -> new VatBreakdown.Line(
                        l.lineTotal().plus(l.depositTotal()), VatRate.ofPercent(l.vatRatePercent())))
                .toList();
    }

    private Vat vat(VatBreakdown breakdown) {
        List<VatLine> rates = breakdown.rates().stream()
                .map(r -> new VatLine(r.rate().percent(), r.gross(), r.net(), r.vat()))
                .toList();
        return new Vat(
                breakdown.treatment(),
                rates,
                breakdown.vat(),
                breakdown.noticeKey().map(texts::text).orElse(null));
    }

    private Delivery delivery(DeliveryOption option) {
        return new Delivery(
                option.method(),
                option.available(),
                option.reason().orElse(null),
                option.reason().map(texts::text).orElse(null),
                option.cost(),
                option.missingForFree().orElse(null),
                option.missingForMinimum().orElse(null),
                option.slots().stream().map(CartCalculator::slot).toList());
    }

    static String slot(ZonedDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    private static Totals totals(List<MerchantGroup> groups) {
        Money goods = sum(groups.stream().map(MerchantGroup::goods).toList());
        Money deposit = sum(groups.stream().map(MerchantGroup::deposit).toList());
        Map<VatRate, VatLine> perRate = new EnumMap<>(VatRate.class);
        for (MerchantGroup group : groups) {
            for (VatLine line : group.vat().rates()) {
                perRate.merge(
                        line.rate(),
                        line,
                        (a, b) -> new VatLine(
                                a.ratePercent(),
                                a.gross().plus(b.gross()),
                                a.net().plus(b.net()),
                                a.vat().plus(b.vat())));
            }
        }
        List<VatLine> vat = perRate.values().stream()
                .sorted(Comparator.comparingInt(VatLine::ratePercent).reversed())
                .toList();
        return new Totals(
                goods,
                deposit,
                goods.plus(deposit),
                vat,
                sum(vat.stream().map(VatLine::vat).toList()));
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.euros(0), Money::plus);
    }
}
