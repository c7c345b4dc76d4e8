package org.impuls.shop.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.impuls.core.api.money.Money;
import org.impuls.core.api.money.VatTreatment;
import org.impuls.directory.api.BusinessDirectory.BusinessInfo;
import org.impuls.directory.api.BusinessKind;
import org.impuls.shop.cart.CartCalculator.LineFacts;
import org.impuls.shop.cart.CartSummary.Line;
import org.impuls.shop.cart.CartSummary.MerchantGroup;
import org.impuls.shop.cart.CartSummary.NoticeKind;
import org.impuls.shop.cart.CartSummary.VatLine;
import org.impuls.shop.delivery.DeliveryMethod;
import org.impuls.shop.delivery.DeliveryOption;
import org.impuls.shop.delivery.Shipment;
import org.junit.jupiter.api.Test;

class CartCalculatorTest {

    private static final BusinessInfo BAKERY = business(1, "Bäckerei", VatTreatment.REGULAR, true);
    private static final BusinessInfo WINERY = business(2, "Weingut", VatTreatment.REGULAR, true);
    private static final BusinessInfo POTTER = business(3, "Töpferei", VatTreatment.SMALL_BUSINESS, true);

    private final List<Shipment> shipments = new ArrayList<>();
    private final CartCalculator calculator =
            new CartCalculator((key, args) -> key + Arrays.toString(args), Locale.GERMAN);

    @Test
    void groupsPerMerchantInTheOrderTheirFirstLineWasAdded() {
        CartSummary cart = summarise(
                line(10, WINERY, 1200, 2, 19, 0),
                line(11, BAKERY, 350, 1, 7, 0),
                line(12, WINERY, 800, 1, 19, 0),
                line(13, POTTER, 2500, 1, 19, 0));

        assertThat(cart.groups()).extracting(MerchantGroup::name).containsExactly("Weingut", "Bäckerei", "Töpferei");
        assertThat(cart.groups().get(0).lines()).extracting(Line::lineId).containsExactly(10L, 12L);
        assertThat(cart.groups().get(0).goods()).isEqualTo(Money.euros(3200));
        assertThat(cart.itemCount()).isEqualTo(5);
        assertThat(cart.totals().goods()).isEqualTo(Money.euros(3200 + 350 + 2500));
    }

    @Test
    void depositIsApartFromThePriceAndTaxedAtTheProductsRate() {
        // 6 bottles of juice at 1.20 € with 0.25 € deposit each, 19 %; bread 3.50 € at 7 %
        CartSummary cart = summarise(line(1, WINERY, 120, 6, 19, 25), line(2, WINERY, 350, 1, 7, 0));

        MerchantGroup group = cart.groups().get(0);
        Line juice = group.lines().get(0);
        assertThat(juice.lineTotal()).isEqualTo(Money.euros(720));
        assertThat(juice.depositPerUnit()).isEqualTo(Money.euros(25));
        assertThat(juice.depositTotal()).isEqualTo(Money.euros(150));
        assertThat(group.goods()).isEqualTo(Money.euros(1070));
        assertThat(group.deposit()).isEqualTo(Money.euros(150));
        assertThat(group.total()).isEqualTo(Money.euros(1220));
        // 19 % of 8.70 € (goods and deposit): 1.39 €; 7 % of 3.50 €: 0.23 €
        assertThat(group.vat().rates())
                .containsExactly(
                        new VatLine(19, Money.euros(870), Money.euros(731), Money.euros(139)),
                        new VatLine(7, Money.euros(350), Money.euros(327), Money.euros(23)));
        assertThat(cart.totals().deposit()).isEqualTo(Money.euros(150));
        assertThat(cart.totals().total()).isEqualTo(Money.euros(1220));
        // the shipment carries the goods only: delivery thresholds are about goods
        assertThat(shipments.get(0).goods()).isEqualTo(Money.euros(1070));
    }

    @Test
    void totalsAddTheVatPerRateOfMerchantsThatChargeIt() {
        CartSummary cart = summarise(
                line(1, BAKERY, 1070, 1, 7, 0),
                line(2, WINERY, 1190, 1, 19, 0),
                line(3, BAKERY, 119, 1, 19, 0),
                line(4, POTTER, 5000, 1, 19, 0));

        assertThat(cart.totals().vat())
                .containsExactly(
                        new VatLine(19, Money.euros(1309), Money.euros(1100), Money.euros(209)),
                        new VatLine(7, Money.euros(1070), Money.euros(1000), Money.euros(70)));
        assertThat(cart.totals().vatTotal()).isEqualTo(Money.euros(279));
        MerchantGroup potter = cart.groups().get(2);
        assertThat(potter.vat().rates()).isEmpty();
        assertThat(potter.vat().notice()).startsWith("core.vat.small-business");
        assertThat(potter.breakdown().net()).isEqualTo(Money.euros(5000));
    }

    @Test
    void aChangedPriceIsShownWithWasAndNowAndTheLineCountsAtTodaysPrice() {
        LineFacts honey = new LineFacts(
                1,
                100,
                50,
                1,
                "Honig",
                "500 g",
                "/produkte/50",
                2,
                590,
                0,
                650L,
                0,
                7,
                0,
                true,
                null,
                true,
                false,
                false);

        Line line = summarise(honey).groups().get(0).lines().get(0);

        assertThat(line.notices()).hasSize(1);
        assertThat(line.notices().get(0).kind()).isEqualTo(NoticeKind.PRICE_CHANGED);
        assertThat(line.notices().get(0).was()).isEqualTo(Money.euros(590));
        assertThat(line.notices().get(0).now()).isEqualTo(Money.euros(650));
        assertThat(line.unitPrice()).isEqualTo(Money.euros(650));
        assertThat(line.quantity()).isEqualTo(2);
        assertThat(line.lineTotal()).isEqualTo(Money.euros(1300));
    }

    @Test
    void unchangedLinesHaveNoNotices() {
        assertThat(summarise(line(1, BAKERY, 350, 3, 7, 0))
                        .groups()
                        .get(0)
                        .lines()
                        .get(0)
                        .notices())
                .isEmpty();
    }

    @Test
    void moreThanTheStockIsShownWithTheNumberLeft() {
        LineFacts honey = new LineFacts(
                1, 100, 50, 1, "Honig", "500 g", "/produkte/50", 5, 590, 0, 590L, 0, 7, 0, true, 3, true, false, false);

        Line line = summarise(honey).groups().get(0).lines().get(0);

        assertThat(line.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.STOCK_SHORT);
            assertThat(n.available()).isEqualTo(3);
            assertThat(n.text()).isEqualTo("shop.cart.notice.stock-short[3]");
        });
        assertThat(line.quantity()).isEqualTo(5);
    }

    @Test
    void anUnavailableLineStaysButCountsInNoSumAndNoShipment() {
        LineFacts hidden = new LineFacts(
                1, 100, 50, 1, "Honig", "", "/produkte/50", 1, 590, 0, 590L, 0, 7, 0, false, null, true, false, false);
        LineFacts gone = new LineFacts(
                2, 101, 51, 1, "Senf", "", null, 1, 300, 0, null, 0, 0, 0, false, null, false, false, false);
        LineFacts bread = line(3, BAKERY, 350, 1, 7, 0);

        CartSummary cart = summarise(hidden, gone, bread);

        MerchantGroup group = cart.groups().get(0);
        assertThat(group.lines()).hasSize(3);
        assertThat(group.lines().get(0).notices()).extracting(n -> n.kind()).containsExactly(NoticeKind.UNAVAILABLE);
        assertThat(group.lines().get(1).notices()).extracting(n -> n.kind()).containsExactly(NoticeKind.UNAVAILABLE);
        assertThat(group.lines().get(1).unitPrice()).isEqualTo(Money.euros(300));
        assertThat(group.goods()).isEqualTo(Money.euros(350));
        assertThat(cart.itemCount()).isEqualTo(3);
        assertThat(shipments.get(0).goods()).isEqualTo(Money.euros(350));
    }

    @Test
    void aSellerNoLongerSellingMakesItsLinesUnavailable() {
        BusinessInfo closed = business(1, "Bäckerei", VatTreatment.REGULAR, false);
        CartSummary cart = calculator.summarise(
                "id", null, List.of(line(1, closed, 350, 1, 7, 0)), Map.of(1L, closed), this::quote);

        assertThat(cart.groups().get(0).lines().get(0).notices())
                .extracting(n -> n.kind())
                .containsExactly(NoticeKind.UNAVAILABLE);
        assertThat(cart.groups().get(0).deliveryOptions()).isEmpty();
    }

    @Test
    void ageLimitedGoodsMarkTheGroupAndTheShipment() {
        LineFacts wine = new LineFacts(
                1,
                100,
                50,
                2,
                "Riesling",
                "",
                "/produkte/50",
                1,
                990,
                0,
                990L,
                0,
                19,
                16,
                true,
                null,
                true,
                true,
                true);
        LineFacts schnapps = new LineFacts(
                2,
                101,
                51,
                2,
                "Obstler",
                "",
                "/produkte/51",
                1,
                1990,
                0,
                1990L,
                0,
                19,
                18,
                true,
                null,
                true,
                true,
                false);

        MerchantGroup group = summarise(wine, schnapps).groups().get(0);

        assertThat(group.ageLimited()).isTrue();
        assertThat(group.highestAgeLimit()).isEqualTo(18);
        Shipment shipment = shipments.get(0);
        assertThat(shipment.highestAgeLimit()).isEqualTo(18);
        assertThat(shipment.allAllowParcel()).isFalse();
        assertThat(shipment.allAllowLocalDelivery()).isTrue();
    }

    @Test
    void deliveryOptionsCarryTheReasonAsTextAndSlotsAsOffsetDateTimes() {
        MerchantGroup group = summarise(line(1, BAKERY, 350, 1, 7, 0)).groups().get(0);

        assertThat(group.deliveryOptions()).hasSize(2);
        assertThat(group.deliveryOptions().get(0).method()).isEqualTo(DeliveryMethod.PICKUP);
        assertThat(group.deliveryOptions().get(0).slots()).containsExactly("2026-12-02T10:00:00+01:00");
        assertThat(group.deliveryOptions().get(1).reasonKey()).isEqualTo("shop.delivery.reason.minimum");
        assertThat(group.deliveryOptions().get(1).reason()).isEqualTo("shop.delivery.reason.minimum[]");
        assertThat(group.deliveryOptions().get(1).missingForMinimum()).isEqualTo(Money.euros(650));
    }

    private CartSummary summarise(LineFacts... facts) {
        return calculator.summarise(
                "id", "12345", List.of(facts), Map.of(1L, BAKERY, 2L, WINERY, 3L, POTTER), this::quote);
    }

    private List<DeliveryOption> quote(Shipment shipment) {
        shipments.add(shipment);
        return List.of(
                new DeliveryOption(
                        DeliveryMethod.PICKUP,
                        true,
                        Optional.empty(),
                        Money.euros(0),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")))),
                new DeliveryOption(
                        DeliveryMethod.LOCAL_DELIVERY,
                        false,
                        Optional.of("shop.delivery.reason.minimum"),
                        Money.euros(300),
                        Optional.empty(),
                        Optional.of(Money.euros(650)),
                        List.of()));
    }

    static LineFacts line(long lineId, BusinessInfo business, long priceCents, int quantity, int rate, int deposit) {
        return new LineFacts(
                lineId,
                lineId + 1000,
                lineId + 2000,
                business.id(),
                "Artikel " + lineId,
                "",
                "/produkte/" + (lineId + 2000),
                quantity,
                priceCents,
                deposit,
                priceCents,
                deposit,
                rate,
                0,
                true,
                null,
                true,
                false,
                false);
    }

    static BusinessInfo business(long id, String name, VatTreatment treatment, boolean listed) {
        return new BusinessInfo(
                id,
                "b" + id,
                name,
                BusinessKind.COMMERCIAL,
                false,
                listed,
                "/betriebe/b" + id,
                "Markt 1",
                "12345",
                "Stadt",
                3,
                treatment,
                null);
    }
}
