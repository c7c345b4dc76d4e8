package org.impuls.shop.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class CartRulesTest {

    @Property
    void quantitiesFrom1To99AreTakenOthersRefusedNamingQuantity(@ForAll @IntRange(min = -5, max = 120) int quantity) {
        if (quantity >= 1 && quantity <= 99) {
            assertThat(CartRules.quantity(quantity)).isEqualTo(quantity);
        } else {
            assertThatThrownBy(() -> CartRules.quantity(quantity))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).contains("quantity"));
        }
    }

    @Test
    void aMissingQuantityIsRefused() {
        assertThatThrownBy(() -> CartRules.quantity(null)).isInstanceOf(InvalidInputException.class);
    }

    @Property
    void addingNeverMakesALineOf100(
            @ForAll @IntRange(min = 1, max = 99) int inCart, @ForAll @IntRange(min = 1, max = 99) int quantity) {
        if (inCart + quantity <= 99) {
            assertThat(CartRules.added(inCart, quantity)).isEqualTo(inCart + quantity);
        } else {
            assertThatThrownBy(() -> CartRules.added(inCart, quantity)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Property
    void the101stLineIsRefused(@ForAll @IntRange(min = 0, max = 150) int lines) {
        if (lines < 100) {
            CartRules.roomForLine(lines);
        } else {
            assertThatThrownBy(() -> CartRules.roomForLine(lines)).isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void postalCodesHaveFiveDigits() {
        assertThat(CartRules.postalCode("06108")).isEqualTo("06108");
        assertThat(CartRules.postalCode(" 06108 ")).isEqualTo("06108");
        assertThat(CartRules.postalCode("")).isNull();
        assertThat(CartRules.postalCode(null)).isNull();
        for (String wrong : new String[] {"0610", "061080", "O6108", "06 08", "٠٦١٠٨"}) {
            assertThatThrownBy(() -> CartRules.postalCode(wrong))
                    .as(wrong)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).contains("postalCode"));
        }
    }

    @Property
    void mergingAddsQuantitiesCappedAt99AndTheStockButNeverBelowTheAccountsOwn(
            @ForAll @IntRange(min = 1, max = 99) int mine,
            @ForAll @IntRange(min = 1, max = 99) int theirs,
            @ForAll @IntRange(min = 0, max = 200) int available) {
        int merged = CartRules.merged(mine, theirs, available);

        assertThat(merged).isBetween(1, 99);
        assertThat(merged).isGreaterThanOrEqualTo(mine);
        assertThat(merged).isLessThanOrEqualTo(mine + theirs);
        if (merged > mine) {
            assertThat(merged).isLessThanOrEqualTo(available); // anything added fits the stock
        }
        assertThat(merged).isEqualTo(Math.max(mine, Math.min(Math.min(99, mine + theirs), available)));
    }

    @Property
    void untrackedStockMergesUpTo99(
            @ForAll @IntRange(min = 1, max = 99) int mine, @ForAll @IntRange(min = 1, max = 99) int theirs) {
        assertThat(CartRules.merged(mine, theirs, null)).isEqualTo(Math.min(99, mine + theirs));
    }

    @Property
    void aCarriedLineFitsTheStockButKeepsAtLeastOne(
            @ForAll @IntRange(min = 1, max = 99) int theirs, @ForAll @IntRange(min = 0, max = 200) int available) {
        int carried = CartRules.carried(theirs, available);

        assertThat(carried).isBetween(1, theirs);
        assertThat(carried).isEqualTo(available == 0 ? 1 : Math.min(theirs, available));
    }
}
