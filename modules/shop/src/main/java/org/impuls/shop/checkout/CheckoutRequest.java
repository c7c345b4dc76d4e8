package org.impuls.shop.checkout;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
     * The SHA-256 of the body as read (field order fixed, whitespace gone): a retry with the same Idempotency-Key must
     * send the same body, else 422.
     */
    String fingerprint() {
        JsonObjectBuilder body = Json.createObjectBuilder();
        text(body, "email", email);
        text(body, "phone", phone);
        body.add("billingAddress", address(billingAddress));
        body.add("deliveryAddress", address(deliveryAddress));
        JsonArrayBuilder choices = Json.createArrayBuilder();
        if (deliveries != null) {
            for (DeliveryChoice choice : deliveries) {
                JsonObjectBuilder one = Json.createObjectBuilder();
                if (choice != null) {
                    text(one, "businessId", choice.businessId == null ? null : String.valueOf(choice.businessId));
                    text(one, "method", choice.method);
                    text(one, "pickupAt", choice.pickupAt);
                }
                choices.add(one);
            }
        }
        body.add("deliveries", choices);
        text(body, "paymentMethod", paymentMethod);
        text(body, "acceptTerms", String.valueOf(acceptTerms));
        text(body, "acceptSellerTerms", String.valueOf(acceptSellerTerms));
        text(body, "confirmAge", String.valueOf(confirmAge));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(body.build().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static JsonObjectBuilder address(AddressRequest address) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (address != null) {
            text(json, "name", address.name);
            text(json, "company", address.company);
            text(json, "vatId", address.vatId);
            text(json, "street", address.street);
            text(json, "postalCode", address.postalCode);
            text(json, "city", address.city);
            text(json, "country", address.country);
        }
        return json;
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
