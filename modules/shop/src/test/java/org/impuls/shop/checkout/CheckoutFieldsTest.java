package org.impuls.shop.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.impuls.core.api.error.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each refusal of the REST checkout lands beside the field of the page that caused it. */
class CheckoutFieldsTest {

    private static final List<Long> MERCHANTS = List.of(12L, 14L, 15L);

    @ParameterizedTest
    @CsvSource({
        "email, email",
        "phone, phone",
        "billingAddress, billing-name",
        "billingAddress.name, billing-name",
        "billingAddress.postalCode, billing-postalCode",
        "billingAddress.country, billing-postalCode",
        "billingAddress.vatId, billing-vatId",
        "deliveryAddress.city, delivery-city",
        "deliveryAddress.vatId, delivery-vatId",
        "deliveries, deliveries",
        "deliveries[0].method, merchant-12-method",
        "deliveries[1].businessId, merchant-14-method",
        "deliveries[2].pickupAt, merchant-15-slot",
        "deliveries[3].method, deliveries",
        "paymentMethod, paymentMethod",
        "acceptTerms, acceptTerms",
        "acceptSellerTerms, acceptSellerTerms",
        "confirmAge, confirmAge"
    })
    void aPathNamesThePagesField(String path, String field) {
        assertThat(CheckoutFields.field(path, MERCHANTS)).isEqualTo(field);
    }

    @Test
    void aPathThePageHasNoFieldForGoesToTheTop() {
        assertThat(CheckoutFields.field("Idempotency-Key", MERCHANTS)).isNull();
        assertThat(CheckoutFields.field("deliveries[x].method", MERCHANTS)).isNull();
        assertThat(CheckoutFields.field(null, MERCHANTS)).isNull();
    }

    @Test
    void everyRefusalOfAnEmptyFormHasItsFieldOnThePage() throws IOException {
        CheckoutForm form = new CheckoutForm();
        form.getBilling().setPostalCode("6765");
        form.getBilling().setVatId("x");
        form.setDeliveryDiffers(true);
        form.getDelivery().setPostalCode("1");
        List<FieldError> errors = new CheckoutRules((key, arguments) -> key).check(form.request(List.of(12L)));
        String page = resource("checkout.xhtml");
        String address = resource("fragments/checkout-address.xhtml");

        assertThat(errors).hasSizeGreaterThan(10);
        for (FieldError error : errors) {
            String field = CheckoutFields.field(error.path(), List.of(12L));
            assertThat(field).as(error.path()).isNotNull();
            String onPage = field.replaceFirst("^(billing|delivery)-", "#{prefix}-");
            assertThat(page.contains("id=\"" + field + "\"")
                            || address.contains("id=\"" + onPage + "\"")
                            || page.contains("id=\"" + field + "-message\""))
                    .as(error.path() + " → " + field + " is on the page")
                    .isTrue();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CheckoutFieldsTest.class.getResourceAsStream("/META-INF/resources/shop/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
