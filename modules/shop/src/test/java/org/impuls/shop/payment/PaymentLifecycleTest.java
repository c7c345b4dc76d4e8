package org.impuls.shop.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impuls.shop.api.payment.PaymentState.AUTHORISED;
import static org.impuls.shop.api.payment.PaymentState.FAILED;
import static org.impuls.shop.api.payment.PaymentState.PAID;
import static org.impuls.shop.api.payment.PaymentState.PARTLY_REFUNDED;
import static org.impuls.shop.api.payment.PaymentState.PENDING;
import static org.impuls.shop.api.payment.PaymentState.REFUNDED;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.impuls.core.api.error.DomainException;
import org.impuls.core.api.lifecycle.StatusChanged;
import org.impuls.core.api.money.Money;
import org.impuls.plugins.testpay.TestPayMethod;
import org.impuls.shop.api.payment.PaymentState;
import org.junit.jupiter.api.Test;

/** Where a payment may go, and that no sequence of reports, confirmations and refunds leads anywhere else. */
class PaymentLifecycleTest {

    @Test
    void theAllowedTransitions() {
        assertThat(PaymentLifecycle.ALL.next(PENDING)).containsExactlyInAnyOrder(AUTHORISED, PAID, FAILED);
        assertThat(PaymentLifecycle.ALL.next(AUTHORISED)).containsExactlyInAnyOrder(PAID, FAILED);
        assertThat(PaymentLifecycle.ALL.next(PAID)).containsExactlyInAnyOrder(PARTLY_REFUNDED, REFUNDED);
        assertThat(PaymentLifecycle.ALL.next(PARTLY_REFUNDED)).containsExactly(REFUNDED);
        assertThat(PaymentLifecycle.ALL.isTerminal(FAILED)).isTrue();
        assertThat(PaymentLifecycle.ALL.isTerminal(REFUNDED)).isTrue();
    }

    @Test
    void refusedJumps() {
        assertThat(PaymentLifecycle.ALL.allows(REFUNDED, PAID)).isFalse();
        assertThat(PaymentLifecycle.ALL.allows(PAID, AUTHORISED)).isFalse();
        assertThat(PaymentLifecycle.ALL.allows(PAID, FAILED))
                .as("a paid payment is refunded, not failed")
                .isFalse();
        assertThat(PaymentLifecycle.ALL.allows(FAILED, PAID)).isFalse();
        assertThat(PaymentLifecycle.ALL.allows(PENDING, REFUNDED)).isFalse();
        assertThat(PaymentLifecycle.OUTCOMES.allows(PAID, REFUNDED))
                .as("a method's report never refunds")
                .isFalse();
        assertThat(PaymentLifecycle.REFUNDS.allows(PENDING, PAID))
                .as("a refund never pays")
                .isFalse();
    }

    enum Action {
        AUTHORISED,
        PAID,
        FAILED,
        DUPLICATE,
        MARK_BAKERY,
        MARK_BOOKSHOP,
        REFUND_BAKERY,
        REFUND_BOOKSHOP,
        CANCEL
    }

    record Move(Action action, int cents) {}

    @Provide
    Arbitrary<List<Move>> moves() {
        return Combinators.combine(
                        Arbitraries.of(Action.class), Arbitraries.integers().between(-50, 1300))
                .as(Move::new)
                .list()
                .ofMaxSize(25);
    }

    @Property
    void noSequenceOfOutcomesLeavesTheRules(@ForAll("moves") List<Move> moves, @ForAll boolean offline) {
        TestPayMethod provider = new TestPayMethod();
        PaymentFixture fixture = new PaymentFixture(provider, new PayAtPickup());
        fixture.caller.operator = true;
        Payments payments = fixture.payments;
        payments.start(offline ? "pay-at-pickup" : "testpay", PaymentFixture.pickedUp("P"));
        String reference = offline ? "P" : "tp_P";
        int key = 0;
        for (Move move : moves) {
            PaymentState before = payments.of("P").orElseThrow().state();
            int historyBefore = fixture.history.size();
            try {
                switch (move.action()) {
                    case AUTHORISED, PAID, FAILED ->
                        payments.callback(
                                "testpay", TestPayMethod.signed("k" + key++ + ";" + reference + ";" + move.action()));
                    case DUPLICATE -> payments.callback("testpay", TestPayMethod.signed("k0;" + reference + ";PAID"));
                    case MARK_BAKERY -> payments.markPaid("P", 7);
                    case MARK_BOOKSHOP -> payments.markPaid("P", 9);
                    case REFUND_BAKERY -> payments.refund("P-1", Money.euros(move.cents()), "r" + key++);
                    case REFUND_BOOKSHOP -> payments.refund("P-2", Money.euros(move.cents()), "r" + key++);
                    case CANCEL -> payments.cancel("P", "cancelled");
                }
            } catch (DomainException refused) {
                assertThat(fixture.history).as("a refusal records nothing").hasSize(historyBefore);
            }
            PaymentView now = payments.of("P").orElseThrow();
            assertThat(now.state() == before || PaymentLifecycle.ALL.allows(before, now.state()))
                    .as(before + " → " + now.state() + " by " + move)
                    .isTrue();
            assertThat(now.refunded().cents()).isBetween(0L, now.amount().cents());
            now.parts()
                    .forEach(part -> assertThat(part.refunded().cents())
                            .isBetween(0L, part.amount().cents()));
            assertThat(now.state() == REFUNDED).isEqualTo(now.refunded().equals(now.amount()));
            if (now.refunded().cents() > 0) {
                assertThat(now.state()).isIn(PARTLY_REFUNDED, REFUNDED);
            }
        }
        PaymentState previous = PENDING;
        for (StatusChanged change : fixture.history) {
            assertThat(change.from()).as("the history is one unbroken path").isEqualTo(previous);
            assertThat(PaymentLifecycle.ALL.allows(previous, (PaymentState) change.to()))
                    .isTrue();
            previous = (PaymentState) change.to();
        }
        assertThat(fixture.fired.stream().filter(PaymentFixture::isPaymentEvent).count())
                .as("at most one success or failure is announced")
                .isLessThanOrEqualTo(1);
    }
}
