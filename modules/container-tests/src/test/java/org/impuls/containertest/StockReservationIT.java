package org.impuls.containertest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import org.impuls.core.api.error.ConflictException;
import org.impuls.shop.api.StockLedger;
import org.impuls.shop.api.StockLevel;
import org.impuls.shop.stock.VariantStocks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shop's stock ledger inside the server on PostgreSQL: concurrent buyers of the last units, each in its own
 * transaction on its own connection, never oversell; committed units leave, released and expired ones come back.
 * Each test takes a demo variant of its own, one no demo order holds units of.
 */
@ExtendWith(ArquillianExtension.class)
class StockReservationIT {

    private static final int BUYERS = 50;

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTests(StockReservationIT.class);
    }

    @Inject
    StockLedger ledger;

    @Inject
    VariantStocks stocks;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    /** Demo variants nothing had reserved when the tests began (the demo orders hold some units), taken once. */
    private static List<Long> untouched;

    private long demoVariant(int which) {
        if (untouched == null) {
            untouched = ((List<?>) em.createNativeQuery("select v.id from shop_variant v where not exists"
                                    + " (select 1 from shop_stock_reservation r where r.variant_id = v.id)"
                                    + " order by v.id limit 10")
                            .getResultList())
                    .stream().map(id -> ((Number) id).longValue()).toList();
        }
        return untouched.get(which);
    }

    private static Instant inMinutes(long minutes) {
        return Instant.now().plus(Duration.ofMinutes(minutes));
    }

    @Test
    void theLastFiveUnitsGoToFiveOfFiftyConcurrentBuyers() throws Exception {
        long variant = demoVariant(0);
        stocks.set(variant, 5);
        ManagedThreadFactory threads = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(BUYERS);
        AtomicInteger reserved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Throwable> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < BUYERS; i++) {
            String order = "order:concurrent-" + i;
            threads.newThread(() -> {
                        try {
                            start.await();
                            ledger.reserve(variant, 1, order, inMinutes(60));
                            reserved.incrementAndGet();
                        } catch (ConflictException soldOut) {
                            refused.incrementAndGet();
                        } catch (Throwable e) {
                            unexpected.add(e);
                        } finally {
                            done.countDown();
                        }
                    })
                    .start();
        }
        start.countDown();
        assertTrue(done.await(2, TimeUnit.MINUTES), "every buyer got an answer");

        assertEquals(List.of(), unexpected);
        assertEquals(5, reserved.get(), "reservations");
        assertEquals(45, refused.get(), "refusals");
        assertEquals(new StockLevel(5, 5), stocks.level(variant), "on hand and reserved");
        Object[] held = (Object[]) em.createNativeQuery("select count(*), sum(quantity) from shop_stock_reservation "
                        + "where variant_id = ?1 and state = 'HELD'")
                .setParameter(1, variant)
                .getSingleResult();
        assertEquals(5, ((Number) held[0]).intValue());
        assertEquals(5, ((Number) held[1]).intValue(), "the reserved count is the sum of the held reservations");
        ConflictException refusal =
                assertThrows(ConflictException.class, () -> ledger.reserve(variant, 1, "order:late", inMinutes(60)));
        assertEquals("sold out: none left, 1 wanted", refusal.getMessage());
    }

    @Test
    void committedUnitsLeaveForGoodAndReleasedOnesComeBack() {
        long variant = demoVariant(1);
        stocks.set(variant, 5);
        long paid = ledger.reserve(variant, 2, "order:paid", inMinutes(15));
        long cancelled = ledger.reserve(variant, 2, "order:cancelled", inMinutes(15));
        assertEquals(1, stocks.level(variant).available());
        assertEquals(
                "only 1 left, 2 wanted",
                assertThrows(ConflictException.class, () -> ledger.reserve(variant, 2, "order:third", inMinutes(15)))
                        .getMessage());

        ledger.commit(paid);
        assertEquals(new StockLevel(3, 2), stocks.level(variant), "two sold, two still held");
        ledger.release(cancelled);
        assertEquals(new StockLevel(3, 0), stocks.level(variant));

        ledger.commit(paid);
        ledger.release(cancelled);
        assertEquals(new StockLevel(3, 0), stocks.level(variant), "a repeated commit or release moves nothing");
        assertThrows(ConflictException.class, () -> ledger.release(paid), "sold units cannot come back");
        assertThrows(ConflictException.class, () -> ledger.commit(cancelled), "released units may be sold to others");
    }

    @Test
    void reservationsWhoseTimeRanOutAreReleasedByExpireDue() {
        long variant = demoVariant(2);
        stocks.set(variant, 3);
        long unpaid = ledger.reserve(variant, 2, "order:unpaid", inMinutes(10));
        long waiting = ledger.reserve(variant, 1, "order:waiting", inMinutes(30));

        assertTrue(ledger.expireDue(Instant.now().plus(Duration.ofMinutes(20))) >= 1);

        assertEquals(new StockLevel(3, 1), stocks.level(variant), "only the one past its time is released");
        assertEquals(
                "EXPIRED",
                em.createNativeQuery("select state from shop_stock_reservation where id = ?1")
                        .setParameter(1, unpaid)
                        .getSingleResult());
        assertThrows(
                ConflictException.class, () -> ledger.commit(unpaid), "a payment after the expiry must reserve again");
        ledger.commit(waiting);
        assertEquals(new StockLevel(2, 0), stocks.level(variant));
    }

    @Test
    void untrackedStockReservesAnyQuantityAndTheMerchantsCountKeepsReservations() {
        long variant = demoVariant(3);
        stocks.set(variant, null);
        ledger.reserve(variant, 1000, "order:big", inMinutes(15));
        assertNull(stocks.level(variant).available());

        stocks.set(variant, 1200);
        assertEquals(
                new StockLevel(1200, 1000), stocks.level(variant), "the merchant's new count keeps the reservation");
        assertEquals(200, stocks.level(variant).available());
    }
}
