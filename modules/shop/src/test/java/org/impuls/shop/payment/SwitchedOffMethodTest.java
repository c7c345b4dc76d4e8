package org.impuls.shop.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impuls.plugins.testpay.TestPayMethod.signed;

import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.plugins.testpay.TestPayMethod;
import org.impuls.shop.api.payment.PaymentState;
import org.junit.jupiter.api.Test;

/** A payment method whose plugin the operator switched off is neither offered, nor started, nor told of callbacks. */
class SwitchedOffMethodTest {

    private static final String TESTPAY_PLUGIN = "org.impuls.plugins.testpay";

    final TestPayMethod provider = new TestPayMethod();
    final PaymentFixture fixture = new PaymentFixture(provider, new PayAtPickup());
    final Payments payments = fixture.payments;

    @Test
    void aSwitchedOffPluginsMethodIsNotOfferedNorStartedWhileTheShopsMethodsStay() {
        assertThat(payments.choices(PaymentFixture.pickedUp("K-1")))
                .extracting(Payments.Choice::id)
                .contains("testpay");

        fixture.switchedOff.add(TESTPAY_PLUGIN);

        assertThat(payments.choices(PaymentFixture.pickedUp("K-1")))
                .extracting(Payments.Choice::id)
                .containsExactly("pay-at-pickup");
        assertThat(payments.offered(PaymentFixture.pickedUp("K-1"))).doesNotContain("testpay");
        assertThatThrownBy(() -> payments.start("testpay", PaymentFixture.pickedUp("K-1")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).contains("paymentMethod"))
                .hasMessageContaining("switched off");
        assertThat(fixture.records.payments).isEmpty();
        assertThatThrownBy(() -> payments.start("nopay", PaymentFixture.pickedUp("K-1")))
                .as("an unknown method is still called unknown")
                .hasMessageContaining("there is no payment method 'nopay'");
        assertThat(payments.start("pay-at-pickup", PaymentFixture.pickedUp("K-1"))
                        .state())
                .isEqualTo(PaymentState.PENDING);
    }

    @Test
    void aCallbackForASwitchedOffMethodIsRefusedUnreadAndAppliesOnceThePluginIsBack() {
        payments.start("testpay", PaymentFixture.twoMerchants("K-2"));
        fixture.switchedOff.add(TESTPAY_PLUGIN);

        assertThatThrownBy(() -> payments.callback("testpay", signed("evt_1;tp_K-2;PAID")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("The payment method testpay is switched off: its plugin is not enabled.");
        assertThat(provider.read).as("the plugin's code is not run").isEmpty();
        assertThat(payments.of("K-2").orElseThrow().state()).isEqualTo(PaymentState.PENDING);
        assertThatThrownBy(() -> payments.callback("nopay", signed("evt_1;x;PAID")))
                .isInstanceOf(NotFoundException.class);

        fixture.switchedOff.clear();
        assertThat(payments.callback("testpay", signed("evt_1;tp_K-2;PAID")))
                .as("the provider's retry, not remembered while refused")
                .isTrue();
        assertThat(payments.of("K-2").orElseThrow().state()).isEqualTo(PaymentState.PAID);
    }

    @Test
    void aPaymentUnderWayIsStillCancelledThroughItsMethodWhileThePluginIsOff() {
        payments.start("testpay", PaymentFixture.twoMerchants("K-3"));
        fixture.switchedOff.add(TESTPAY_PLUGIN);

        assertThat(payments.cancel("K-3", "not paid within 30 minutes").state())
                .as("its stock must come back, its plugin or not")
                .isEqualTo(PaymentState.FAILED);
    }
}
