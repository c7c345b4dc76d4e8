package org.impuls.shop.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The form as typed becomes the REST checkout's body: one delivery per merchant in the page's order. */
class CheckoutFormTest {

    private static CheckoutForm filled() {
        CheckoutForm form = new CheckoutForm();
        form.setEmail("erika@example.org");
        form.getBilling().setName("Erika Muster");
        form.getBilling().setCompany("  ");
        form.getBilling().setVatId("DE123456789");
        form.getBilling().setPostalCode("67655");
        form.getDelivery().setName("Max Muster");
        form.getDelivery().setVatId("DE999");
        form.getDelivery().setPostalCode("67657");
        form.method(12, "PICKUP");
        form.slot(12, "2026-12-02T10:00:00+01:00");
        form.method(14, "LOCAL_DELIVERY");
        form.slot(14, "2026-12-02T10:00:00+01:00");
        form.setPaymentMethod("");
        return form;
    }

    @Test
    void eachMerchantGetsItsDeliveryInThePagesOrderAndAPickUpTimeOnlyWithPickUp() {
        CheckoutRequest request = filled().request(List.of(14L, 12L, 15L));

        assertThat(request.deliveries).extracting(d -> d.businessId).containsExactly(14L, 12L, 15L);
        assertThat(request.deliveries).extracting(d -> d.method).containsExactly("LOCAL_DELIVERY", "PICKUP", null);
        assertThat(request.deliveries)
                .extracting(d -> d.pickupAt)
                .containsExactly(null, "2026-12-02T10:00:00+01:00", null);
        assertThat(request.paymentMethod).as("nothing chosen").isNull();
        assertThat(request.billingAddress.company).isNull();
        assertThat(request.billingAddress.vatId).isEqualTo("DE123456789");
        assertThat(request.billingAddress.country).isEqualTo("DE");
    }

    @Test
    void theDeliveryAddressCountsOnlyWhenTheCustomerSaysItDiffers() {
        CheckoutForm form = filled();
        assertThat(form.request(List.of(12L)).deliveryAddress).isNull();
        assertThat(form.quotedPostalCode()).isEqualTo("67655");

        form.setDeliveryDiffers(true);
        CheckoutRequest request = form.request(List.of(12L));
        assertThat(request.deliveryAddress.name).isEqualTo("Max Muster");
        assertThat(request.deliveryAddress.vatId)
                .as("a VAT id belongs to the bill")
                .isNull();
        assertThat(form.quotedPostalCode()).isEqualTo("67657");
    }

    @Test
    void theKeyMadeForTheFormStaysUnlessTheFormSendsAUsableOne() {
        CheckoutForm form = new CheckoutForm();
        String made = form.getKey();
        assertThat(made).hasSize(36);
        form.setKey("");
        form.setKey("x".repeat(201));
        assertThat(form.getKey()).isEqualTo(made);
        form.setKey("sent-back");
        assertThat(form.getKey()).isEqualTo("sent-back");
    }

    @Test
    void theSameFormGivesTheSameFingerprintSoAResentFormIsTheSameOrder() {
        assertThat(filled().request(List.of(12L, 14L)).fingerprint())
                .isEqualTo(filled().request(List.of(12L, 14L)).fingerprint());
    }
}
