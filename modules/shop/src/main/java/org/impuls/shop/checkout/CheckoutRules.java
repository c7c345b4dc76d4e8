package org.impuls.shop.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.impuls.core.api.error.InvalidInputException.FieldError;
import org.impuls.shop.checkout.CheckoutRequest.AddressRequest;
import org.impuls.shop.order.Address;

/**
 * The checks of a checkout body that need no cart: contact, addresses in Germany with five-digit postal codes, the
 * terms. Each problem is a {@link FieldError} with its path ({@code billingAddress.postalCode}), all at once.
 */
final class CheckoutRules {

    /** A message in the request's language (the shop's i18n keys). */
    interface Texts {
        String text(String key, Object... arguments);
    }

    static final int MAX_KEY = 200;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/.-]{6,40}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern VAT_ID = Pattern.compile("[A-Z]{2}[A-Z0-9]{2,12}");

    private final Texts texts;
    private final List<FieldError> errors = new ArrayList<>();

    CheckoutRules(Texts texts) {
        this.texts = texts;
    }

    /** Every problem of the body that needs no cart. */
    List<FieldError> check(CheckoutRequest request) {
        if (request.email == null
                || request.email.length() > 320
                || !EMAIL.matcher(request.email.strip()).matches()) {
            error("email", "shop.checkout.error.email");
        }
        if (request.phone == null || !PHONE.matcher(request.phone.strip()).matches()) {
            error("phone", "shop.checkout.error.phone");
        }
        if (request.billingAddress == null) {
            error("billingAddress", "shop.checkout.error.required");
        } else {
            address("billingAddress", request.billingAddress, true);
        }
        if (request.deliveryAddress != null) {
            address("deliveryAddress", request.deliveryAddress, false);
        }
        if (request.deliveries == null || request.deliveries.isEmpty()) {
            error("deliveries", "shop.checkout.error.deliveries");
        }
        if (request.paymentMethod == null || request.paymentMethod.isBlank()) {
            error("paymentMethod", "shop.checkout.error.required");
        }
        if (!Boolean.TRUE.equals(request.acceptTerms)) {
            error("acceptTerms", "shop.checkout.error.terms");
        }
        if (!Boolean.TRUE.equals(request.acceptSellerTerms)) {
            error("acceptSellerTerms", "shop.checkout.error.seller-terms");
        }
        return List.copyOf(errors);
    }

    private void address(String path, AddressRequest address, boolean billing) {
        required(path + ".name", address.name, 200);
        required(path + ".street", address.street, 200);
        required(path + ".city", address.city, 100);
        optional(path + ".company", address.company, 200);
        if (address.postalCode == null
                || !POSTAL_CODE.matcher(address.postalCode.strip()).matches()) {
            error(path + ".postalCode", "shop.checkout.error.postal-code");
        }
        if (address.country != null && !"DE".equals(address.country.strip())) {
            error(path + ".country", "shop.checkout.error.country");
        }
        if (address.vatId != null && !address.vatId.isBlank()) {
            if (!billing) {
                error(path + ".vatId", "shop.checkout.error.vat-id-billing");
            } else if (!VAT_ID.matcher(compact(address.vatId)).matches()) {
                error(path + ".vatId", "shop.checkout.error.vat-id");
            }
        }
    }

    private void required(String path, String value, int max) {
        if (value == null || value.isBlank()) {
            error(path, "shop.checkout.error.required");
        } else if (value.strip().length() > max) {
            error(path, "shop.checkout.error.too-long", max);
        }
    }

    private void optional(String path, String value, int max) {
        if (value != null && value.strip().length() > max) {
            error(path, "shop.checkout.error.too-long", max);
        }
    }

    private void error(String path, String key, Object... arguments) {
        errors.add(new FieldError(path, texts.text(key, arguments)));
    }

    /** The postal code local delivery is quoted for: the delivery address's, else the billing address's; null if bad. */
    static String deliveryPostalCode(CheckoutRequest request) {
        AddressRequest address = request.deliveryAddress != null ? request.deliveryAddress : request.billingAddress;
        if (address == null || address.postalCode == null) {
            return null;
        }
        String code = address.postalCode.strip();
        return POSTAL_CODE.matcher(code).matches() ? code : null;
    }

    /** The address as stored: trimmed, blanks as null, Germany. */
    static Address address(AddressRequest address, boolean billing) {
        return new Address(
                trim(address.name),
                trim(address.company),
                billing && trim(address.vatId) != null ? compact(address.vatId) : null,
                trim(address.street),
                trim(address.postalCode),
                trim(address.city),
                "DE");
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String compact(String vatId) {
        return vatId.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
