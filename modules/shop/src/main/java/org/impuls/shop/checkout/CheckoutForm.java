package org.impuls.shop.checkout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.impuls.shop.checkout.CheckoutRequest.AddressRequest;
import org.impuls.shop.checkout.CheckoutRequest.DeliveryChoice;

/**
 * What the customer typed and chose on {@code /kasse}, kept across a refusal, and the idempotency key made when the
 * form was first shown (a hidden field sends it back, so a double click or a resent form places one order). Turns into
 * the body the REST checkout reads.
 */
@Named("checkoutForm")
@RequestScoped
public class CheckoutForm {

    private String key = UUID.randomUUID().toString();
    private String email;
    private String phone;
    private final Address billing = new Address();
    private boolean deliveryDiffers;
    private final Address delivery = new Address();
    private final Map<Long, String> methods = new HashMap<>();
    private final Map<Long, String> slots = new HashMap<>();
    private String paymentMethod;
    private boolean acceptTerms;
    private boolean acceptSellerTerms;
    private boolean confirmAge;

    /** One address as typed; the country is Germany, shown and not asked. */
    public static class Address {
        private String name;
        private String company;
        private String vatId;
        private String street;
        private String postalCode;
        private String city;

        AddressRequest request(boolean billing) {
            AddressRequest address = new AddressRequest();
            address.name = name;
            address.company = blankAsNull(company);
            address.vatId = billing ? blankAsNull(vatId) : null;
            address.street = street;
            address.postalCode = postalCode;
            address.city = city;
            address.country = "DE";
            return address;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getCompany() {
            return company;
        }

        public void setCompany(String company) {
            this.company = company;
        }

        public String getVatId() {
            return vatId;
        }

        public void setVatId(String vatId) {
            this.vatId = vatId;
        }

        public String getStreet() {
            return street;
        }

        public void setStreet(String street) {
            this.street = street;
        }

        public String getPostalCode() {
            return postalCode;
        }

        public void setPostalCode(String postalCode) {
            this.postalCode = postalCode;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }
    }

    /**
     * The body for the REST checkout: one delivery per merchant in the cart's order (so that {@code deliveries[i]} is
     * the i-th merchant on the page), a pick-up time only with pick-up, the delivery address only when it differs.
     */
    CheckoutRequest request(List<Long> businessIds) {
        CheckoutRequest request = new CheckoutRequest();
        request.email = email;
        request.phone = phone;
        request.billingAddress = billing.request(true);
        request.deliveryAddress = deliveryDiffers ? delivery.request(false) : null;
        List<DeliveryChoice> deliveries = new ArrayList<>();
        for (long businessId : businessIds) {
            DeliveryChoice choice = new DeliveryChoice();
            choice.businessId = businessId;
            choice.method = methods.get(businessId);
            choice.pickupAt = "PICKUP".equals(choice.method) ? blankAsNull(slots.get(businessId)) : null;
            deliveries.add(choice);
        }
        request.deliveries = deliveries;
        request.paymentMethod = blankAsNull(paymentMethod);
        request.acceptTerms = acceptTerms;
        request.acceptSellerTerms = acceptSellerTerms;
        request.confirmAge = confirmAge;
        return request;
    }

    /** The postal code delivery is quoted for (the delivery address's when it differs), as typed. */
    String quotedPostalCode() {
        return deliveryDiffers ? delivery.postalCode : billing.postalCode;
    }

    /** The merchant's chosen delivery method (a {@code DeliveryMethod} name), null when none is chosen. */
    public String method(long businessId) {
        return methods.get(businessId);
    }

    void method(long businessId, String method) {
        methods.put(businessId, method);
    }

    /** The merchant's chosen pick-up time (ISO offset date-time), null when none is chosen. */
    public String slot(long businessId) {
        return slots.get(businessId);
    }

    void slot(long businessId, String slot) {
        slots.put(businessId, slot);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        // a form without its key (or with garbage) gets a new one rather than a refusal the customer cannot fix
        if (key != null && !key.isBlank() && key.length() <= CheckoutRules.MAX_KEY) {
            this.key = key;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Address getBilling() {
        return billing;
    }

    public boolean isDeliveryDiffers() {
        return deliveryDiffers;
    }

    public void setDeliveryDiffers(boolean deliveryDiffers) {
        this.deliveryDiffers = deliveryDiffers;
    }

    public Address getDelivery() {
        return delivery;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public boolean isAcceptTerms() {
        return acceptTerms;
    }

    public void setAcceptTerms(boolean acceptTerms) {
        this.acceptTerms = acceptTerms;
    }

    public boolean isAcceptSellerTerms() {
        return acceptSellerTerms;
    }

    public void setAcceptSellerTerms(boolean acceptSellerTerms) {
        this.acceptSellerTerms = acceptSellerTerms;
    }

    public boolean isConfirmAge() {
        return confirmAge;
    }

    public void setConfirmAge(boolean confirmAge) {
        this.confirmAge = confirmAge;
    }
}
