package org.impuls.shop.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.impuls.core.api.StaffDirectory;
import org.impuls.core.api.StaffDirectory.Contact;
import org.impuls.shop.cart.CartSummary;
import org.impuls.shop.cart.Carts;
import org.impuls.shop.checkout.Checkout;
import org.impuls.shop.checkout.CheckoutRequest;
import org.impuls.shop.delivery.DeliveryMethod;
import org.impuls.shop.payment.PayAtPickup;

/**
 * The demo customer's two orders, placed through checkout like any other: bread to pick up at Bäckerei Müller, and a
 * city guide and cheese from two merchants in one checkout (two seller orders), all picked up and paid at pick-up.
 * Each pick-up is at the last slot the merchant offers now (computed, as it depends on the day and the hour), so the
 * payment timeout leaves the orders open for days. Both or neither, once: not when the customer has any order.
 */
@ApplicationScoped
public class DemoOrders {

    static final String CUSTOMER = "kunde@impuls.example";

    /** A line of a demo order: a variant of the demo catalogue by its SKU. */
    private record Line(String sku, int quantity) {}

    private static final List<List<Line>> ORDERS =
            List.of(List.of(new Line("BM-001-1", 2)), List.of(new Line("BB-001-1", 1), new Line("KP-001-1", 1)));

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    StaffDirectory accounts;

    @Inject
    Carts carts;

    @Inject
    Checkout checkout;

    /** @return how many orders were placed (0: none needed, or no demo customer) */
    @ActivateRequestContext // checkout asks for the caller and the language, which belong to a request
    @Transactional
    public int placeOnce() {
        Contact customer = accounts.contactByEmail(CUSTOMER).orElse(null);
        if (customer == null || hasOrders(customer.accountId())) {
            return 0;
        }
        for (int i = 0; i < ORDERS.size(); i++) {
            place(customer, "demo-order-" + (i + 1), ORDERS.get(i));
        }
        return ORDERS.size();
    }

    private boolean hasOrders(long accountId) {
        return ((Number) em.createNativeQuery("select count(*) from shop_customer_order where account_id = ?1")
                                .setParameter(1, accountId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    private void place(Contact customer, String key, List<Line> lines) {
        String cartId = carts.create().id();
        CartSummary cart = null;
        for (Line line : lines) {
            cart = carts.add(cartId, variant(line.sku()), line.quantity());
        }
        List<CheckoutRequest.DeliveryChoice> deliveries = new ArrayList<>();
        for (CartSummary.MerchantGroup group : cart.groups()) {
            CheckoutRequest.DeliveryChoice choice = new CheckoutRequest.DeliveryChoice();
            choice.businessId = group.businessId();
            choice.method = DeliveryMethod.PICKUP.name();
            choice.pickupAt = lastSlot(group);
            deliveries.add(choice);
        }
        CheckoutRequest request = new CheckoutRequest();
        request.email = customer.email();
        request.phone = "+49 631 123456";
        request.billingAddress = address(customer.displayName());
        request.deliveries = deliveries;
        request.paymentMethod = PayAtPickup.ID;
        request.acceptTerms = true;
        request.acceptSellerTerms = true;
        request.confirmAge = false;
        String number = checkout.place(cartId, key, request).order().number();
        // start-up work has no logged-in caller, so checkout placed a guest's order: it becomes the customer's
        em.flush();
        em.createNativeQuery("update shop_customer_order set account_id = ?1 where number = ?2")
                .setParameter(1, customer.accountId())
                .setParameter(2, number)
                .executeUpdate();
    }

    private long variant(String sku) {
        return em.createQuery("select v.id from Variant v where v.sku = :sku", Long.class)
                .setParameter("sku", sku)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo catalogue has no " + sku));
    }

    private static String lastSlot(CartSummary.MerchantGroup group) {
        return group.deliveryOptions().stream()
                .filter(option -> option.method() == DeliveryMethod.PICKUP && option.available())
                .flatMap(option -> option.slots().stream())
                .max(Comparator.comparing(slot -> OffsetDateTime.parse(slot).toInstant()))
                .orElseThrow(() -> new IllegalStateException(group.name() + " offers no pick-up slot now"));
    }

    private static CheckoutRequest.AddressRequest address(String name) {
        CheckoutRequest.AddressRequest address = new CheckoutRequest.AddressRequest();
        address.name = name == null || name.isBlank() ? "Demo Kundin" : name;
        address.street = "Fruchthallstraße 10";
        address.postalCode = "67655";
        address.city = "Kaiserslautern";
        address.country = "DE";
        return address;
    }
}
