package org.impuls.shop.checkout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The body of {@code POST /api/shop/carts/{cartId}/checkout}; classes with public fields, as the API's JSON-B reads no
 * records. Every field is checked by {@link CheckoutRules} and the checkout itself, each refusal naming its path.
 */
public class CheckoutRequest {

    public String email;
    public String phone;
    public AddressRequest billingAddress;
    public AddressRequest deliveryAddress;
    public List<DeliveryChoice> deliveries;
    public String paymentMethod;
    public Boolean acceptTerms;
    public Boolean acceptSellerTerms;
    public Boolean confirmAge;

    /** {@code {"name","company"?,"vatId"?,"street","postalCode","city","country":"DE"}}. */
    public static class AddressRequest {
        public String name;
        public String company;
        public String vatId;
        public String street;
        public String postalCode;
        public String city;
        public String country;
    }

    /** {@code {"businessId","method","pickupAt"?}}: how one merchant's part comes. */
    public static class DeliveryChoice {
        public Long businessId;
        public String method;
        public String pickupAt;
    }

    /**
     * The SHA-256 of the body as read (each field in a fixed order, whitespace of the JSON gone): a retry with the same Idempotency-Key must
     * send the same body, else 422.
     */
    String fingerprint() {
        StringBuilder body = new StringBuilder();
        Field field = value ->
                body.append(value == null ? "-" : value.length() + ":" + value).append(';');
        field.add(email);
        field.add(phone);
        address(field, billingAddress);
        address(field, deliveryAddress);
        if (deliveries != null) {
            field.add(String.valueOf(deliveries.size()));
            for (DeliveryChoice choice : deliveries) {
                field.add(choice == null || choice.businessId == null ? null : String.valueOf(choice.businessId));
                field.add(choice == null ? null : choice.method);
                field.add(choice == null ? null : choice.pickupAt);
            }
        } else {
            field.add(null);
        }
        field.add(paymentMethod);
        field.add(String.valueOf(acceptTerms));
        field.add(String.valueOf(acceptSellerTerms));
        field.add(String.valueOf(confirmAge));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(body.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Appends one value unambiguously (its length first; null apart from empty). */
    private interface Field {
        void add(String value);
    }

    private static void address(Field field, AddressRequest address) {
        if (address == null) {
            field.add(null);
            return;
        }
        field.add(address.name);
        field.add(address.company);
        field.add(address.vatId);
        field.add(address.street);
        field.add(address.postalCode);
        field.add(address.city);
        field.add(address.country);
    }
}
