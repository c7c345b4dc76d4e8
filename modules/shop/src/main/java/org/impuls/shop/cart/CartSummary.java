package org.impuls.shop.cart;

import java.util.List;
import org.impuls.core.api.money.Money;
import org.impuls.core.api.money.VatBreakdown;
import org.impuls.core.api.money.VatRate;
import org.impuls.core.api.money.VatTreatment;
import org.impuls.shop.delivery.DeliveryMethod;

/**
 * A cart as its customer sees it now: the read model of the cart page, the REST answer and what checkout starts from.
 * Prices are the current ones (a line's {@link Notice}s say what changed since the customer saw it); a line that
 * cannot be bought now ({@link NoticeKind#UNAVAILABLE}) stays in the cart but counts in no sum and no shipment.
 * Texts (titles, notices, delivery reasons) are in the request's language.
 *
 * @param id the cart's public id (for the cookie or the URL)
 * @param itemCount the number of items (sum of the quantities of all lines), as the header shows it
 * @param postalCode the customer's five digits for local delivery, null when not given
 * @param groups one per merchant, in the order its first line was added
 */
public record CartSummary(String id, int itemCount, String postalCode, List<MerchantGroup> groups, Totals totals) {

    /**
     * One merchant's part of the cart.
     *
     * @param goods the lines' goods at today's prices (deposit apart), what delivery thresholds are measured on
     * @param deposit the lines' deposit (Pfand)
     * @param total goods and deposit
     * @param vat VAT contained in goods and deposit per rate (the deposit takes its product's rate), or the § 19 notice
     * @param deliveryOptions from the delivery quotes for the cart's postal code; empty when nothing can be bought
     * @param highestAgeLimit 16 or 18 when an age-limited product is in it (no parcel then), else 0
     */
    public record MerchantGroup(
            long businessId,
            String name,
            String profileUrl,
            VatTreatment vatTreatment,
            List<Line> lines,
            Money goods,
            Money deposit,
            Money total,
            Vat vat,
            List<Delivery> deliveryOptions,
            boolean ageLimited,
            int highestAgeLimit) {

        /** The core's breakdown of this group's goods and deposit (no delivery), e.g. for checkout. */
        public VatBreakdown breakdown() {
            return VatBreakdown.of(vatTreatment, CartCalculator.vatLines(lines));
        }
    }

    /**
     * One line at today's price.
     *
     * @param unitPrice the gross price per unit now (deposit apart)
     * @param lineTotal unit price × quantity
     * @param depositPerUnit zero when the product has none
     * @param available how many can be bought now, null when the stock is not tracked
     * @param notices what changed since the customer saw it; empty when nothing did
     */
    public record Line(
            long lineId,
            long variantId,
            long productId,
            String title,
            String variantLabel,
            String productUrl,
            Money unitPrice,
            int quantity,
            Money lineTotal,
            Money depositPerUnit,
            Money depositTotal,
            int vatRatePercent,
            int ageLimit,
            Integer available,
            List<Notice> notices) {

        /** Whether it counts in sums and shipments (not unavailable). */
        public boolean buyable() {
            return notices.stream().noneMatch(n -> n.kind() == NoticeKind.UNAVAILABLE);
        }
    }

    public enum NoticeKind {
        /** The unit price (or deposit) is not what the customer saw: {@code was} and {@code now}. */
        PRICE_CHANGED,
        /** The deposit per unit is not what the customer saw: {@code was} and {@code now} are deposits. */
        DEPOSIT_CHANGED,
        /** Cannot be bought now: product or variant hidden, variant sold out or deleted, seller no longer selling. */
        UNAVAILABLE,
        /** More in the cart than can be bought now: {@code available}. */
        STOCK_SHORT
    }

    /**
     * Something that changed since the customer saw the line, with its sentence in the request's language.
     *
     * @param was the unit price (deposit) seen for PRICE_CHANGED (DEPOSIT_CHANGED), else null
     * @param now the unit price (deposit) now for PRICE_CHANGED (DEPOSIT_CHANGED), else null
     * @param available how many can be bought now (STOCK_SHORT), else null
     */
    public record Notice(NoticeKind kind, Money was, Money now, Integer available, String text) {}

    /**
     * The VAT of a group or the whole cart: per rate, highest first; for a small business no rates and its § 19 notice.
     *
     * @param notice the legal notice's text in the request's language, null for regular VAT
     */
    public record Vat(VatTreatment treatment, List<VatLine> rates, Money vat, String notice) {}

    /** What one rate comes to: the gross amount (goods and deposit), its net and its VAT. */
    public record VatLine(int ratePercent, Money gross, Money net, Money vat) {
        VatRate rate() {
            return VatRate.ofPercent(ratePercent);
        }
    }

    /**
     * The whole cart.
     *
     * @param total goods and deposit
     * @param vat VAT contained per rate across the merchants that charge it (each merchant's VAT rounded on its own,
     *     as each invoices its part)
     */
    public record Totals(Money goods, Money deposit, Money total, List<VatLine> vat, Money vatTotal) {}

    /**
     * One way a group can be delivered (from {@link org.impuls.shop.delivery.DeliveryQuotes}).
     *
     * @param reasonKey the shop's message key of why it is not available, null when it is
     * @param reason that sentence in the request's language
     * @param slots pick-up times as ISO offset date-times ({@code 2026-12-02T10:00:00+01:00})
     */
    public record Delivery(
            DeliveryMethod method,
            boolean available,
            String reasonKey,
            String reason,
            Money cost,
            Money missingForFree,
            Money missingForMinimum,
            List<String> slots) {}
}
