package org.impuls.shop.checkout;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where on the checkout page a refusal of {@link Checkout} belongs: each field path of the REST body
 * ({@code billingAddress.postalCode}, {@code deliveries[1].pickupAt}) names the field of the page that shows it
 * ({@code billing-postalCode}, {@code merchant-14-slot}); a merchant's choice is named by its business id, as the
 * page's index of a delivery is the cart's order of merchants. Unknown paths answer null: shown at the top.
 */
final class CheckoutFields {

    private static final Pattern DELIVERY = Pattern.compile("deliveries\\[(\\d+)]\\.(businessId|method|pickupAt)");
    private static final Pattern ADDRESS =
            Pattern.compile("(billingAddress|deliveryAddress)\\.(name|company|vatId|street|postalCode|city|country)");
    private static final List<String> PLAIN =
            List.of("email", "phone", "paymentMethod", "acceptTerms", "acceptSellerTerms", "confirmAge", "deliveries");

    private CheckoutFields() {}

    /**
     * The page's field for a path, or null for one the page has no field for.
     *
     * @param businessIds the cart's merchants in the order the page sent their deliveries
     */
    static String field(String path, List<Long> businessIds) {
        if (path == null) {
            return null;
        }
        if (PLAIN.contains(path)) {
            return path;
        }
        if ("billingAddress".equals(path)) {
            return "billing-name";
        }
        Matcher address = ADDRESS.matcher(path);
        if (address.matches()) {
            String prefix = address.group(1).startsWith("billing") ? "billing-" : "delivery-";
            // the country is fixed to Germany on the page: its refusal belongs beside the postal code
            String field = "country".equals(address.group(2)) ? "postalCode" : address.group(2);
            return prefix + field;
        }
        Matcher delivery = DELIVERY.matcher(path);
        if (delivery.matches()) {
            int index = Integer.parseInt(delivery.group(1));
            if (index >= businessIds.size()) {
                return "deliveries";
            }
            String part = "pickupAt".equals(delivery.group(2)) ? "slot" : "method";
            return "merchant-" + businessIds.get(index) + "-" + part;
        }
        return null;
    }
}
