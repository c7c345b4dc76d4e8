package org.impuls.core.api.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impuls.core.api.lifecycle.LifecycleTest.Booking.CANCELLED;
import static org.impuls.core.api.lifecycle.LifecycleTest.Booking.CONFIRMED;
import static org.impuls.core.api.lifecycle.LifecycleTest.Booking.REQUESTED;
import static org.impuls.core.api.lifecycle.LifecycleTest.Booking.SEATED;

import org.impuls.core.api.error.ConflictException;
import org.junit.jupiter.api.Test;

/** A lifecycle allows what was declared, nothing else, and says so naming both states. */
class LifecycleTest {

    enum Booking {
        REQUESTED,
        CONFIRMED,
        SEATED,
        CANCELLED
    }

    static final Lifecycle<Booking> BOOKING = Lifecycle.of(Booking.class)
            .from(REQUESTED)
            .to(CONFIRMED, CANCELLED)
            .from(CONFIRMED)
            .to(SEATED, CANCELLED);

    @Test
    void allowsExactlyTheDeclaredTransitions() {
        assertThat(BOOKING.allows(REQUESTED, CONFIRMED)).isTrue();
        assertThat(BOOKING.allows(CONFIRMED, CANCELLED)).isTrue();
        assertThat(BOOKING.allows(REQUESTED, SEATED)).as("skipping a step").isFalse();
        assertThat(BOOKING.allows(CONFIRMED, REQUESTED)).as("going back").isFalse();
        assertThat(BOOKING.allows(REQUESTED, REQUESTED))
                .as("staying is no transition")
                .isFalse();
        assertThat(BOOKING.next(REQUESTED)).containsExactly(CONFIRMED, CANCELLED);
    }

    @Test
    void statesNothingLeadsOutOfAreTerminal() {
        assertThat(BOOKING.isTerminal(SEATED)).isTrue();
        assertThat(BOOKING.isTerminal(CANCELLED)).isTrue();
        assertThat(BOOKING.isTerminal(REQUESTED)).isFalse();
        assertThat(BOOKING.next(CANCELLED)).isEmpty();
        assertThatThrownBy(() -> BOOKING.check("booking 7", CANCELLED, CONFIRMED))
                .isInstanceOf(TransitionRefusedException.class);
    }

    @Test
    void aRefusalIsAConflictNamingTheSubjectAndBothStates() {
        assertThat(BOOKING.check("booking 7", REQUESTED, CONFIRMED)).isEqualTo(CONFIRMED);

        assertThatThrownBy(() -> BOOKING.check("booking 7", SEATED, CANCELLED))
                .isInstanceOf(ConflictException.class)
                .hasMessage("booking 7 cannot go from SEATED to CANCELLED.")
                .satisfies(refusal -> {
                    assertThat(((TransitionRefusedException) refusal).from()).isEqualTo(SEATED);
                    assertThat(((TransitionRefusedException) refusal).to()).isEqualTo(CANCELLED);
                });
    }

    @Test
    void declaringAddsToACopyAndTheUnionJoinsTwoLifecycles() {
        Lifecycle<Booking> requests =
                Lifecycle.of(Booking.class).from(REQUESTED).to(CONFIRMED);
        Lifecycle<Booking> visits = Lifecycle.of(Booking.class).from(CONFIRMED).to(SEATED);

        Lifecycle<Booking> both = requests.and(visits);

        assertThat(requests.allows(CONFIRMED, SEATED))
                .as("the parts stay as they were")
                .isFalse();
        assertThat(both.allows(REQUESTED, CONFIRMED)).isTrue();
        assertThat(both.allows(CONFIRMED, SEATED)).isTrue();
        assertThat(Lifecycle.of(Booking.class)
                        .from(REQUESTED)
                        .to(CONFIRMED)
                        .from(REQUESTED)
                        .to(CANCELLED)
                        .next(REQUESTED))
                .as("a second from() of the same state adds")
                .containsExactly(CONFIRMED, CANCELLED);
    }

    @Test
    void aDeclarationNamesAtLeastOneTarget() {
        assertThatThrownBy(() -> Lifecycle.of(Booking.class).from(REQUESTED).to())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
