package org.impuls.shop.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.impuls.core.api.PlatformStarted;
import org.impuls.core.api.StaffDirectory;
import org.impuls.core.api.StaffDirectory.Contact;
import org.impuls.shop.cart.CartSummary;
import org.impuls.shop.cart.Carts;
import org.impuls.shop.checkout.Checkout;
import org.impuls.shop.checkout.CheckoutRequest;
import org.impuls.shop.delivery.DeliveryMethod;
import org.impuls.shop.payment.BankTransfer;
import org.impuls.shop.payment.PayAtPickup;

/**
 * In demo mode: the demo customer's two orders, placed through checkout like any other (then given to the account, as
 * start-up work has no logged-in caller): bread to pick up at Bäckerei Müller, paid at pick-up, and a book by parcel
 * from Buchhandlung Blättchen, by bank transfer. Placed "now" at the first start (the number carries its date), once.
 * The pick-up is at the last slot offered, so the payment timeout leaves both open for days, not minutes.
 */
@ApplicationScoped
public class OrderDemoData {

    static final String DEMO_CUSTOMER = "kunde@impuls.example";

    private static final System.Logger LOG = System.getLogger(OrderDemoData.class.getName());

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    StaffDirectory accounts;

    @Inject
    Carts carts;

    @Inject
    Checkout checkout;

    // after the demo catalogue (APPLICATION + 950) and the merchants' payment settings (APPLICATION + 960)
    @ActivateRequestContext // checkout asks for the caller and the language, which belong to a request
    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 970) PlatformStarted started) {
        if (!started.demoMode()) {
            return;
        }
        Contact customer = accounts.contactByEmail(DEMO_CUSTOMER).orElse(null);
        if (customer == null || hasOrders(customer.accountId())) {
            return;
        }
        place(customer, "BM-001-1", 2, DeliveryMethod.PICKUP, PayAtPickup.ID);
        place(customer, "BB-001-1", 1, DeliveryMethod.PARCEL, BankTransfer.ID);
        LOG.log(System.Logger.Level.INFO, "demo orders of {0} placed", DEMO_CUSTOMER);
    }

    private boolean hasOrders(long accountId) {
        return ((Number) em.createNativeQuery("select count(*) from shop_customer_order where account_id = ?1")
                                .setParameter(1, accountId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    private void place(Contact customer, String sku, int quantity, DeliveryMethod method, String payment) {
        Long variant = em.createQuery("select v.id from Variant v where v.sku = :sku", Long.class)
                .setParameter("sku", sku)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (variant == null) {
            return; // a demo catalogue without this product
        }
        String cartId = carts.create().id();
        CartSummary cart = carts.add(cartId, variant, quantity);
        CartSummary.MerchantGroup group = cart.groups().get(0);
        CheckoutRequest.DeliveryChoice choice = new CheckoutRequest.DeliveryChoice();
        choice.businessId = group.businessId();
        choice.method = method.name();
        if (method == DeliveryMethod.PICKUP) {
            choice.pickupAt = carts.summaryFor(cartId, null).groups().get(0).deliveryOptions().stream()
                    .filter(o -> o.method() == DeliveryMethod.PICKUP)
                    .flatMap(o -> o.slots().stream())
                    .max(Comparator.comparing(slot -> OffsetDateTime.parse(slot).toInstant()))
                    .orElse(null);
        }
        CheckoutRequest request = new CheckoutRequest();
        request.email = customer.email();
        request.phone = "+49 631 123456";
        request.billingAddress = address(customer.displayName());
        request.deliveries = List.of(choice);
        request.paymentMethod = payment;
        request.acceptTerms = true;
        request.acceptSellerTerms = true;
        request.confirmAge = false;
        String number = checkout.place(cartId, "demo-" + sku, request).order().number();
        em.flush(); // the order's row, for the update
        em.createNativeQuery("update shop_customer_order set account_id = ?1 where number = ?2")
                .setParameter(1, customer.accountId())
                .setParameter(2, number)
                .executeUpdate();
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
