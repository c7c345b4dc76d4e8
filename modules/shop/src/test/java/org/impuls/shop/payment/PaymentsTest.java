package org.impuls.shop.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impuls.plugins.testpay.TestPayMethod.signed;
import static org.impuls.plugins.testpay.TestPayMethod.unsigned;

import java.util.List;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.ForbiddenException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.core.api.lifecycle.StatusChanged;
import org.impuls.core.api.lifecycle.TransitionRefusedException;
import org.impuls.core.api.money.Money;
import org.impuls.plugins.testpay.TestPayMethod;
import org.impuls.shop.api.PaymentFailed;
import org.impuls.shop.api.PaymentSucceeded;
import org.impuls.shop.api.payment.NextAction;
import org.impuls.shop.api.payment.PaymentState;
import org.junit.jupiter.api.Test;

/** {@link Payments} driven through a plugin-style method: start, callbacks once per key, refunds within bounds. */
class PaymentsTest {

    final TestPayMethod provider = new TestPayMethod();
    final PaymentFixture fixture = new PaymentFixture(provider, new PayAtPickup());
    final Payments payments = fixture.payments;

    @Test
    void aPluginsMethodIsStartedAuthorisedPaidAndRefundedInPartThenFully() {
        PaymentView started = payments.start("testpay", PaymentFixture.twoMerchants("K-1"));
        assertThat(started.state()).isEqualTo(PaymentState.PENDING);
        assertThat(started.nextAction()).isEqualTo(NextAction.redirect(java.net.URI.create("https://pay.example/K-1")));

        assertThat(payments.callback("testpay", signed("evt_1;tp_K-1;AUTHORISED")))
                .isTrue();
        assertThat(payments.of("K-1").orElseThrow().state()).isEqualTo(PaymentState.AUTHORISED);
        assertThat(payments.callback("testpay", signed("evt_2;tp_K-1;PAID"))).isTrue();
        assertThat(payments.of("K-1").orElseThrow().state()).isEqualTo(PaymentState.PAID);
        assertThat(fixture.fired).containsExactly(new PaymentSucceeded("K-1", "testpay", Money.euros(2000)));

        fixture.caller.businesses = java.util.Set.of(7L);
        PaymentView partly = payments.refund("K-1-1", Money.euros(500), "refund-a");
        assertThat(partly.state()).isEqualTo(PaymentState.PARTLY_REFUNDED);
        assertThat(partly.refunded()).isEqualTo(Money.euros(500));
        assertThat(provider.refunds).singleElement().satisfies(refund -> {
            assertThat(refund.reference()).isEqualTo("tp_K-1");
            assertThat(refund.sellerOrderNumber()).isEqualTo("K-1-1");
            assertThat(refund.amount()).isEqualTo(Money.euros(500));
        });

        payments.refund("K-1-1", Money.euros(700), "refund-b");
        fixture.caller.businesses = java.util.Set.of(9L);
        PaymentView refunded = payments.refund("K-1-2", Money.euros(800), "refund-c");
        assertThat(refunded.state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(refunded.refunded()).isEqualTo(Money.euros(2000));
        assertThat(refunded.parts())
                .extracting(PaymentView.Part::refunded)
                .containsExactly(Money.euros(1200), Money.euros(800));

        assertThat(fixture.history)
                .extracting(StatusChanged::from, StatusChanged::to, StatusChanged::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                PaymentState.PENDING, PaymentState.AUTHORISED, "method:testpay"),
                        org.assertj.core.groups.Tuple.tuple(
                                PaymentState.AUTHORISED, PaymentState.PAID, "method:testpay"),
                        org.assertj.core.groups.Tuple.tuple(PaymentState.PAID, PaymentState.PARTLY_REFUNDED, "shop"),
                        org.assertj.core.groups.Tuple.tuple(
                                PaymentState.PARTLY_REFUNDED, PaymentState.REFUNDED, "shop"));
    }

    @Test
    void theSameCallbackKeyTwiceChangesNothingTheSecondTime() {
        payments.start("testpay", PaymentFixture.twoMerchants("K-2"));

        assertThat(payments.callback("testpay", signed("evt_1;tp_K-2;PAID"))).isTrue();
        assertThat(payments.callback("testpay", signed("evt_1;tp_K-2;PAID")))
                .as("a duplicate")
                .isFalse();
        assertThat(payments.callback("testpay", signed("evt_1;tp_K-2;FAILED")))
                .as("a key decides, whatever the body says")
                .isFalse();

        assertThat(payments.of("K-2").orElseThrow().state()).isEqualTo(PaymentState.PAID);
        assertThat(fixture.history).hasSize(1);
        assertThat(fixture.fired).hasSize(1);
        assertThat(payments.callback("testpay", signed("evt_2;tp_K-2;PAID")))
                .as("another key reporting the same state: remembered, no transition")
                .isTrue();
        assertThat(fixture.history).hasSize(1);
    }

    @Test
    void anUnverifiedCallbackIsRefusedBeforeItIsReadAndAnUnknownMethodIsNotFound() {
        payments.start("testpay", PaymentFixture.twoMerchants("K-3"));

        assertThatThrownBy(() -> payments.callback("testpay", unsigned("evt_1;tp_K-3;PAID")))
                .isInstanceOf(CallbackRefused.class)
                .hasMessage("The callback could not be verified.");
        assertThat(provider.read).as("nothing was parsed").isEmpty();
        assertThatThrownBy(() -> payments.callback("pay-at-pickup", signed("evt_1;K-3;PAID")))
                .as("a method without callbacks refuses all")
                .isInstanceOf(CallbackRefused.class);
        assertThatThrownBy(() -> payments.callback("nosuch", signed("evt_1;tp_K-3;PAID")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> payments.callback("testpay", signed("evt_1;tp_unknown;PAID")))
                .as("not known (yet): the provider delivers again")
                .isInstanceOf(NotFoundException.class);
        assertThat(payments.of("K-3").orElseThrow().state()).isEqualTo(PaymentState.PENDING);
    }

    @Test
    void anOutcomeTheLifecycleForbidsIsRefusedAndChangesNothing() {
        payments.start("testpay", PaymentFixture.twoMerchants("K-4"));
        payments.callback("testpay", signed("evt_1;tp_K-4;PAID"));
        fixture.caller.operator = true;
        payments.refund("K-4-1", Money.euros(1200), "r1");
        payments.refund("K-4-2", Money.euros(800), "r2");

        assertThatThrownBy(() -> payments.callback("testpay", signed("evt_2;tp_K-4;PAID")))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("payment 1 cannot go from REFUNDED to PAID.");
        assertThatThrownBy(() -> payments.callback("testpay", signed("evt_3;tp_K-4;FAILED")))
                .isInstanceOf(TransitionRefusedException.class);
        assertThat(payments.of("K-4").orElseThrow().state()).isEqualTo(PaymentState.REFUNDED);
    }

    @Test
    void aRefundIsBoundedByWhatThePartPaidLessEarlierRefunds() {
        payments.start("testpay", PaymentFixture.twoMerchants("K-5"));
        fixture.caller.businesses = java.util.Set.of(7L);
        assertThatThrownBy(() -> payments.refund("K-5-1", Money.euros(100), "early"))
                .as("nothing paid yet")
                .isInstanceOf(ConflictException.class);
        payments.callback("testpay", signed("evt_1;tp_K-5;PAID"));

        assertThat(field(() -> payments.refund("K-5-1", Money.euros(1201), "too-much")))
                .isEqualTo("amount");
        assertThat(field(() -> payments.refund("K-5-1", Money.euros(0), "nothing")))
                .isEqualTo("amount");
        assertThat(field(() -> payments.refund("K-5-1", new Money(100, "CHF"), "francs")))
                .isEqualTo("amount");
        payments.refund("K-5-1", Money.euros(1000), "first");
        assertThat(field(() -> payments.refund("K-5-1", Money.euros(201), "second")))
                .as("12,00 paid, 10,00 back: 2,00 left")
                .isEqualTo("amount");
        assertThat(payments.refund("K-5-1", Money.euros(200), "second").refunded())
                .isEqualTo(Money.euros(1200));
        assertThat(field(() -> payments.refund("K-5-1", Money.euros(1), "third")))
                .isEqualTo("amount");

        PaymentView again = payments.refund("K-5-1", Money.euros(200), "second");
        assertThat(again.refunded()).as("the same key again: the same refund").isEqualTo(Money.euros(1200));
        assertThat(provider.refunds).hasSize(2);
        assertThatThrownBy(() -> payments.refund("K-5-1", Money.euros(300), "second"))
                .as("a key used for another refund")
                .isInstanceOf(ConflictException.class);
        assertThat(payments.of("K-5").orElseThrow().state())
                .as("the bookshop's part is still paid")
                .isEqualTo(PaymentState.PARTLY_REFUNDED);

        assertThatThrownBy(() -> payments.refund("K-5-2", Money.euros(100), "not-mine"))
                .as("the bakery's staff cannot refund the bookshop's part")
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void payAtPickupIsPaidWhenEveryMerchantMarkedItsPartReceivedByItsOwnStaffOnly() {
        assertThat(payments.offered(PaymentFixture.twoMerchants("K-6"))).containsExactly("testpay");
        assertThat(payments.choices(PaymentFixture.twoMerchants("K-6")))
                .filteredOn(choice -> choice.id().equals("pay-at-pickup"))
                .singleElement()
                .satisfies(choice ->
                        assertThat(choice.offer().reason()).isEqualTo("Nur möglich, wenn Sie alles selbst abholen."));
        assertThat(field(() -> payments.start("pay-at-pickup", PaymentFixture.twoMerchants("K-6"))))
                .isEqualTo("paymentMethod");

        PaymentView started = payments.start("pay-at-pickup", PaymentFixture.pickedUp("K-7"));
        assertThat(started.nextAction().type()).isEqualTo(NextAction.Type.NONE);
        assertThat(payments.start("pay-at-pickup", PaymentFixture.pickedUp("K-7")))
                .as("a retried checkout gets the same payment")
                .isEqualTo(started);
        assertThatThrownBy(() -> payments.start("testpay", PaymentFixture.pickedUp("K-7")))
                .isInstanceOf(ConflictException.class);

        fixture.caller.businesses = java.util.Set.of(42L);
        assertThatThrownBy(() -> payments.markPaid("K-7", 7)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> payments.markPaid("K-7", 42))
                .as("a business without a part in the order")
                .isInstanceOf(NotFoundException.class);

        fixture.caller.businesses = java.util.Set.of(7L);
        assertThat(payments.markPaid("K-7", 7).state()).isEqualTo(PaymentState.PENDING);
        assertThat(payments.markPaid("K-7", 7).parts())
                .extracting(PaymentView.Part::received)
                .containsExactly(true, false);
        fixture.caller.businesses = java.util.Set.of(9L);
        assertThat(payments.markPaid("K-7", 9).state()).isEqualTo(PaymentState.PAID);
        assertThat(payments.markPaid("K-7", 9).state())
                .as("again: nothing changes")
                .isEqualTo(PaymentState.PAID);
        assertThat(fixture.history).hasSize(1);
        assertThat(fixture.fired).containsExactly(new PaymentSucceeded("K-7", "pay-at-pickup", Money.euros(2000)));
    }

    @Test
    void aProvidersPaymentIsNotMarkedPaidByMerchantsAndACancelledOneFails() {
        payments.start("testpay", PaymentFixture.twoMerchants("K-8"));
        fixture.caller.businesses = java.util.Set.of(7L);
        assertThatThrownBy(() -> payments.markPaid("K-8", 7)).isInstanceOf(ConflictException.class);

        assertThat(payments.cancel("K-8", "not paid within 30 minutes").state()).isEqualTo(PaymentState.FAILED);
        assertThat(fixture.fired).containsExactly(new PaymentFailed("K-8", "testpay", "not paid within 30 minutes"));
        assertThat(payments.start("pay-at-pickup", PaymentFixture.pickedUp("K-8"))
                        .state())
                .as("after a failure the customer may pay another way")
                .isEqualTo(PaymentState.PENDING);
        assertThat(payments.of("K-8").orElseThrow().methodId()).isEqualTo("pay-at-pickup");
    }

    private static String field(Runnable refused) {
        try {
            refused.run();
        } catch (InvalidInputException e) {
            return e.field().orElse(null);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void methodsAreListedTheShopsFirstThenById() {
        PaymentFixture mixed = new PaymentFixture(provider, new PayAtPickup(), new TestPayMethod("another"));
        assertThat(mixed.payments.methods.all().stream().map(m -> m.id()).toList())
                .isEqualTo(List.of("pay-at-pickup", "another", "testpay"));
    }
}
