package org.impuls.shop.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.impuls.core.api.error.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks of a checkout body that need no cart, each naming its field path, all at once. */
class CheckoutRulesTest {

    private static List<String> fields(CheckoutRequest request) {
        return new CheckoutRules((key, arguments) -> key)
                .check(request).stream().map(FieldError::path).toList();
    }

    private static CheckoutRequest good() {
        CheckoutRequest request = new CheckoutRequest();
        request.email = "erika@example.org";
        request.phone = "+49 631 123456";
        request.billingAddress = address("67655");
        CheckoutRequest.DeliveryChoice choice = new CheckoutRequest.DeliveryChoice();
        choice.businessId = 1L;
        choice.method = "PARCEL";
        request.deliveries = List.of(choice);
        request.paymentMethod = "bank-transfer";
        request.acceptTerms = true;
        request.acceptSellerTerms = true;
        return request;
    }

    private static CheckoutRequest.AddressRequest address(String postalCode) {
        CheckoutRequest.AddressRequest address = new CheckoutRequest.AddressRequest();
        address.name = "Erika Muster";
        address.street = "Marktstraße 5";
        address.postalCode = postalCode;
        address.city = "Kaiserslautern";
        address.country = "DE";
        return address;
    }

    @Test
    void aCompleteBodyPasses() {
        assertThat(fields(good())).isEmpty();
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        CheckoutRequest request = good();
        request.email = "erika";
        request.phone = null;
        request.billingAddress.postalCode = "6765";
        request.deliveryAddress = address("ABCDE");
        request.deliveryAddress.country = "AT";
        request.acceptTerms = false;
        request.acceptSellerTerms = null;
        request.deliveries = List.of();
        assertThat(fields(request))
                .containsExactlyInAnyOrder(
                        "email",
                        "phone",
                        "billingAddress.postalCode",
                        "deliveryAddress.postalCode",
                        "deliveryAddress.country",
                        "deliveries",
                        "acceptTerms",
                        "acceptSellerTerms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "123456", "6765a", " ", "67 655"})
    void postalCodesHaveFiveDigits(String code) {
        CheckoutRequest request = good();
        request.billingAddress.postalCode = code;
        assertThat(fields(request)).containsExactly("billingAddress.postalCode");
    }

    @Test
    void theVatIdBelongsToTheBillingAddressAndStartsWithItsCountry() {
        CheckoutRequest request = good();
        request.billingAddress.vatId = "de 123456789";
        request.billingAddress.company = "Muster GmbH";
        assertThat(fields(request)).isEmpty();
        assertThat(CheckoutRules.address(request.billingAddress, true).vatId()).isEqualTo("DE123456789");
        request.billingAddress.vatId = "123";
        assertThat(fields(request)).containsExactly("billingAddress.vatId");
        request.billingAddress.vatId = null;
        request.deliveryAddress = address("67655");
        request.deliveryAddress.vatId = "DE123456789";
        assertThat(fields(request)).containsExactly("deliveryAddress.vatId");
    }

    @Test
    void localDeliveryIsQuotedForTheDeliveryAddressElseTheBillingAddress() {
        CheckoutRequest request = good();
        assertThat(CheckoutRules.deliveryPostalCode(request)).isEqualTo("67655");
        request.deliveryAddress = address("67657");
        assertThat(CheckoutRules.deliveryPostalCode(request)).isEqualTo("67657");
        request.deliveryAddress.postalCode = "x";
        assertThat(CheckoutRules.deliveryPostalCode(request)).isNull();
    }

    @Test
    void theFingerprintChangesWithTheBodyOnly() {
        assertThat(good().fingerprint()).isEqualTo(good().fingerprint()).hasSize(64);
        CheckoutRequest other = good();
        other.phone = "+49 631 999999";
        assertThat(other.fingerprint()).isNotEqualTo(good().fingerprint());
        CheckoutRequest age = good();
        age.confirmAge = true;
        assertThat(age.fingerprint()).isNotEqualTo(good().fingerprint());
    }
}
