package org.impuls.shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.impuls.core.api.money.Money;
import org.impuls.core.api.money.VatRate;
import org.impuls.shop.api.StockLevel;
import org.junit.jupiter.api.Test;

/** Prices as a German customer must see them: gross with VAT rate, base price, reductions, deposit. */
class PricingTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final Product coffee = new Product(7, "Röstkaffee", new ShopCategory(), NOW);

    @Test
    void basePricePerKilogramAndLitre() {
        assertThat(PriceTag.basePrice(Money.euros(899), new BigDecimal("500"), ContentUnit.G))
                .isEqualTo(Money.euros(1798));
        assertThat(PriceTag.basePrice(Money.euros(349), new BigDecimal("750"), ContentUnit.G))
                .as("4.653… → 4.65")
                .isEqualTo(Money.euros(465));
        assertThat(PriceTag.basePrice(Money.euros(1290), new BigDecimal("0.75"), ContentUnit.L))
                .isEqualTo(Money.euros(1720));
        assertThat(PriceTag.basePrice(Money.euros(250), new BigDecimal("330"), ContentUnit.ML))
                .isEqualTo(Money.euros(758));
        assertThat(PriceTag.basePrice(Money.euros(2400), new BigDecimal("2"), ContentUnit.KG))
                .isEqualTo(Money.euros(1200));
    }

    @Test
    void aRegularPriceShowsGrossVatRateBasePriceAndDeposit() {
        Variant bottle = coffee.variant("WEIN-1");
        bottle.price(1290, null, VatRate.STANDARD, NOW);
        bottle.describe(0, List.of(), new BigDecimal("0.75"), ContentUnit.L, Availability.ACTIVE);
        coffee.declare(true, "Trauben", List.of(Allergen.SULPHITES), 15, 16, "");

        PriceTag tag = bottle.priceTag(null);

        assertThat(tag.price()).isEqualTo(Money.euros(1290));
        assertThat(tag.vatRate()).isEqualTo(VatRate.STANDARD);
        assertThat(tag.isReduced()).isFalse();
        assertThat(tag.basePrice()).isEqualTo(Money.euros(1720));
        assertThat(tag.basePriceUnit()).isEqualTo("l");
        assertThat(tag.deposit()).as("the deposit stands apart from the price").isEqualTo(Money.euros(15));
    }

    @Test
    void aReductionShowsTheRegularPriceAndTheLowestPriceOfThePrevious30Days() {
        Variant pack = coffee.variant("KAFFEE-500");
        assertThat(pack.price(899, null, VatRate.REDUCED, NOW.minusSeconds(86400 * 40)))
                .isTrue();
        assertThat(pack.price(899, 749L, VatRate.REDUCED, NOW))
                .as("the customer's price changed")
                .isTrue();
        assertThat(pack.getSaleSince()).isEqualTo(NOW);
        assertThat(pack.price(899, 749L, VatRate.REDUCED, NOW.plusSeconds(3600)))
                .as("unchanged")
                .isFalse();
        assertThat(pack.getSaleSince()).as("the reduction keeps its start").isEqualTo(NOW);

        PriceTag tag = pack.priceTag(new LowestPrice.Charged(849, 899));

        assertThat(tag.isReduced()).isTrue();
        assertThat(tag.price()).isEqualTo(Money.euros(749));
        assertThat(tag.regularPrice()).isEqualTo(Money.euros(899));
        assertThat(tag.lowestPrior30Days()).isEqualTo(Money.euros(849));
        assertThat(tag.basePrice()).as("no content given, no base price").isNull();
    }

    @Test
    void aProductCreatedAlreadyReducedShowsAPlainPrice() {
        Variant pack = coffee.variant("KAFFEE-NEU");
        pack.price(1000, 800L, VatRate.REDUCED, NOW);
        List<PriceChange> history = List.of(new PriceChange(1, NOW, 800)); // its first price is the sale price

        PriceTag tag =
                pack.priceTag(LowestPrice.before(pack.getSaleSince(), history).orElse(null));

        assertThat(tag.isReduced()).as("10 € were never charged").isFalse();
        assertThat(tag.price()).isEqualTo(Money.euros(800));
        assertThat(tag.regularPrice()).isNull();
        assertThat(tag.lowestPrior30Days()).isNull();
    }

    @Test
    void aReductionShowsOnlyAgainstPricesChargedInThePrevious30Days() {
        Variant pack = coffee.variant("KAFFEE-ALT");
        pack.price(1000, 800L, VatRate.REDUCED, NOW);

        assertThat(pack.priceTag(new LowestPrice.Charged(1000, 1000)).lowestPrior30Days())
                .as("10 € charged, now 8 €")
                .isEqualTo(Money.euros(1000));
        assertThat(pack.priceTag(new LowestPrice.Charged(750, 1000)).isReduced())
                .as("7.50 € charged within 30 days: 8 € is no reduction")
                .isFalse();
        assertThat(pack.priceTag(new LowestPrice.Charged(800, 1000)).isReduced())
                .as("8 € charged before: no reduction either")
                .isFalse();
        assertThat(pack.priceTag(new LowestPrice.Charged(900, 900)).isReduced())
                .as("the regular 10 € were never charged")
                .isFalse();
    }

    @Test
    void aProductAtTenEurosReducedToEightLaterShowsTheReductionAgainstTenEuros() {
        Variant pack = coffee.variant("KAFFEE-ZEHN");
        Instant created = NOW.minus(java.time.Duration.ofDays(40));
        pack.price(1000, null, VatRate.REDUCED, created);
        pack.price(1000, 800L, VatRate.REDUCED, NOW);
        List<PriceChange> history = List.of(new PriceChange(1, created, 1000), new PriceChange(1, NOW, 800));

        PriceTag tag =
                pack.priceTag(LowestPrice.before(pack.getSaleSince(), history).orElse(null));

        assertThat(tag.price()).isEqualTo(Money.euros(800));
        assertThat(tag.regularPrice()).isEqualTo(Money.euros(1000));
        assertThat(tag.lowestPrior30Days()).isEqualTo(Money.euros(1000));
    }

    @Test
    void theLowestPriceCountsThePriceInForceWhenTheWindowOpenedAndEveryChangeWithinIt() {
        Instant reduced = Instant.parse("2026-11-20T00:00:00Z");
        List<PriceChange> history = List.of(
                new PriceChange(
                        1, Instant.parse("2026-09-01T00:00:00Z"), 999), // in force when the window opened (Oct 21)
                new PriceChange(1, Instant.parse("2026-11-01T00:00:00Z"), 949), // within
                new PriceChange(1, Instant.parse("2026-11-10T00:00:00Z"), 1049), // within
                new PriceChange(1, reduced, 799)); // the reduction itself does not count

        assertThat(LowestPrice.before(reduced, history)).hasValue(new LowestPrice.Charged(949, 1049));
        assertThat(LowestPrice.before(reduced, history.subList(0, 1))).hasValue(new LowestPrice.Charged(999, 999));
        assertThat(LowestPrice.before(reduced, history.subList(3, 4)))
                .as("created already reduced")
                .isEmpty();
        assertThat(LowestPrice.before(reduced, List.of())).isEmpty();
    }

    @Test
    void stockAndAvailabilityDecideWhetherAVariantCanBeBought() {
        Variant onSale = coffee.variant("A");
        onSale.describe(0, List.of("250 g"), null, null, Availability.ACTIVE);
        Variant soldOut = coffee.variant("C");
        soldOut.describe(2, List.of("1 kg"), null, null, Availability.SOLD_OUT);

        assertThat(onSale.isBuyable(new StockLevel(0, 0))).as("none left").isFalse();
        assertThat(onSale.isBuyable(new StockLevel(5, 5)))
                .as("all reserved for orders waiting for payment")
                .isFalse();
        assertThat(onSale.isBuyable(new StockLevel(5, 4))).isTrue();
        assertThat(onSale.isBuyable(StockLevel.UNTRACKED)).isTrue();
        assertThat(soldOut.isBuyable(new StockLevel(5, 0)))
                .as("marked sold out by the merchant")
                .isFalse();
    }
}
