package org.impuls.shop.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.impuls.core.api.error.ConflictException;
import org.impuls.shop.api.StockLevel;
import org.junit.jupiter.api.Test;

/** What can be bought and reserved of a variant's stock, and which reservations may still move it. */
class StockRulesTest {

    @Test
    void reservedUnitsCannotBeBoughtAgain() {
        StockLevel level = new StockLevel(5, 2);

        assertThat(level.available()).isEqualTo(3);
        assertThat(level.allows(3)).isTrue();
        assertThat(level.allows(4)).isFalse();
        assertThat(level.inStock()).isTrue();
        assertThat(new StockLevel(5, 5).inStock())
                .as("all held for orders waiting for payment")
                .isFalse();
    }

    @Test
    void untrackedStockIsUnlimited() {
        assertThat(StockLevel.UNTRACKED.available()).isNull();
        assertThat(StockLevel.UNTRACKED.allows(1_000_000)).isTrue();
        assertThat(new StockLevel(null, 40).inStock()).isTrue();
    }

    @Test
    void aMerchantCountingFewerThanAreReservedLeavesNoneToBuy() {
        StockLevel level = new StockLevel(2, 3);

        assertThat(level.available()).as("never below zero").isZero();
        assertThat(level.inStock()).isFalse();
        assertThat(level.allows(1)).isFalse();
    }

    @Test
    void aRefusalSaysHowManyAreLeft() {
        assertThat(new StockLevel(5, 2).refusal(4))
                .isInstanceOf(ConflictException.class)
                .hasMessage("only 3 left, 4 wanted");
        assertThat(new StockLevel(5, 5).refusal(1)).hasMessage("sold out: none left, 1 wanted");
    }

    @Test
    void aHeldReservationIsCommittedOrReleasedOnce() {
        assertThat(ReservationState.HELD.commitMoves(1)).isTrue();
        assertThat(ReservationState.HELD.releaseMoves(1)).isTrue();
        assertThat(ReservationState.COMMITTED.commitMoves(1))
                .as("a repeated payment callback")
                .isFalse();
        assertThat(ReservationState.RELEASED.releaseMoves(1)).isFalse();
        assertThat(ReservationState.EXPIRED.releaseMoves(1))
                .as("a cancellation after the expiry")
                .isFalse();
    }

    @Test
    void aReleasedOrExpiredReservationCannotBeCommittedNorACommittedOneReleased() {
        assertThatThrownBy(() -> ReservationState.EXPIRED.commitMoves(7))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("reservation 7 was expired");
        assertThatThrownBy(() -> ReservationState.RELEASED.commitMoves(7)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ReservationState.COMMITTED.releaseMoves(7))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("committed");
    }
}
