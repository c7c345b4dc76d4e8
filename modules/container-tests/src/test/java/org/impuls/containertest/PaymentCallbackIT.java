package org.impuls.containertest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.impuls.core.api.money.Money;
import org.impuls.shop.api.payment.NextAction;
import org.impuls.shop.api.payment.PaymentOrder;
import org.impuls.shop.api.payment.PaymentState;
import org.impuls.shop.api.payment.RawCallback;
import org.impuls.shop.api.payment.SellerPart;
import org.impuls.shop.payment.PaymentView;
import org.impuls.shop.payment.Payments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payments inside the server on PostgreSQL: the same callback key delivered twice at once, each delivery in its own
 * transaction on its own connection (as two nodes would receive a provider's webhook), is applied once.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentCallbackIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTests(PaymentCallbackIT.class, ContainerPayMethod.class);
    }

    @Inject
    Payments payments;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    private static PaymentOrder order(String number) {
        return new PaymentOrder(
                number,
                Money.euros(2500),
                List.of(new SellerPart(1, number + "-1", Money.euros(2500), SellerPart.Delivery.PARCEL)),
                "kunde@example.org",
                Locale.GERMAN,
                URI.create("http://localhost/bestellung/x"));
    }

    private static RawCallback signed(String body) {
        return new RawCallback(body.getBytes(StandardCharsets.UTF_8), Map.of("X-Test-Signature", List.of("ok")));
    }

    @Test
    void theSameKeyFromTwoConnectionsAtOnceIsAppliedOnce() throws Exception {
        String number = "IT-" + System.nanoTime();
        PaymentView started = payments.start("container-pay", order(number));
        assertEquals(PaymentState.PENDING, started.state());
        assertEquals(NextAction.Type.CLIENT, started.nextAction().type());
        assertEquals(
                "s_" + number,
                payments.of(number).orElseThrow().nextAction().data().get("secret"),
                "the next action is stored with the payment");

        ContainerPayMethod.together = new CyclicBarrier(2);
        ManagedThreadFactory threads = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
        CountDownLatch done = new CountDownLatch(2);
        List<Boolean> applied = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
        try {
            for (int i = 0; i < 2; i++) {
                threads.newThread(() -> {
                            try {
                                applied.add(payments.callback(
                                        "container-pay", signed("evt-" + number + ";cp_" + number + ";PAID")));
                            } catch (Throwable e) {
                                unexpected.add(e);
                            } finally {
                                done.countDown();
                            }
                        })
                        .start();
            }
            assertTrue(done.await(1, TimeUnit.MINUTES), "both deliveries were answered");
        } finally {
            ContainerPayMethod.together = null;
        }

        assertEquals(List.of(), unexpected);
        assertEquals(1, Collections.frequency(applied, true), "applied once: " + applied);
        assertEquals(1, Collections.frequency(applied, false), "the other is a duplicate: " + applied);
        assertEquals(PaymentState.PAID, payments.of(number).orElseThrow().state());
        assertEquals(
                1L, count("select count(*) from shop_payment_callback where idempotency_key = ?1", "evt-" + number));
        assertEquals(
                1L,
                count(
                        "select count(*) from shop_payment_transition t join shop_payment p on p.id = t.payment_id "
                                + "where p.customer_order_number = ?1",
                        number),
                "one transition, PENDING to PAID");
        assertEquals(false, payments.callback("container-pay", signed("evt-" + number + ";cp_" + number + ";PAID")));
    }

    private long count(String sql, String parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
