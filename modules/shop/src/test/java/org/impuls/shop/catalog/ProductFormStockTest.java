package org.impuls.shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impuls.shop.api.StockLevel;
import org.junit.jupiter.api.Test;

/** The merchant's form shows the count on hand, and gives it back only when the merchant changed it. */
class ProductFormStockTest {

    private final Product honey =
            new Product(7, "Waldhonig", new ShopCategory(), Instant.parse("2026-12-01T10:00:00Z"));

    private ProductForm.VariantForm loaded(StockLevel level) {
        honey.variant("HONIG").describe(0, List.of(), null, null, Availability.ACTIVE);
        Map<Long, StockLevel> stock = new HashMap<>();
        stock.put(honey.variant("HONIG").getId(), level); // not stored: no id yet
        return ProductForm.of(honey, stock).getVariants().get(0);
    }

    @Test
    void theFormShowsTheCountWithReservedUnits() {
        assertThat(loaded(new StockLevel(5, 2)).getStock()).isEqualTo(5);
        assertThat(loaded(StockLevel.UNTRACKED).getStock()).isNull();
    }

    @Test
    void aFormSavedWithTheCountItWasLoadedWithGivesNoCount() {
        ProductForm.VariantForm variant = loaded(new StockLevel(5, 0));
        assertThat(variant.stockGiven())
                .as("a sale meanwhile must not be undone")
                .isFalse();

        variant.setStock(12);
        assertThat(variant.stockGiven()).isTrue();
        variant.setStock(null);
        assertThat(variant.stockGiven()).as("no longer tracked").isTrue();
    }

    @Test
    void aFormNotLoadedFromAProductAlwaysGivesItsCount() {
        ProductForm.VariantForm fromTheApi = new ProductForm.VariantForm();
        fromTheApi.setStock(5);
        assertThat(fromTheApi.stockGiven())
                .as("the API and the CSV import set the count")
                .isTrue();
    }
}
