package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impuls.systemtest.shop.CheckoutShops.body;
import static org.impuls.systemtest.shop.CheckoutShops.cart;
import static org.impuls.systemtest.shop.CheckoutShops.checkout;
import static org.impuls.systemtest.shop.CheckoutShops.key;
import static org.impuls.systemtest.shop.CheckoutShops.pickup;
import static org.impuls.systemtest.shop.CheckoutShops.product;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 50 buyers at once for the last 5 units (#17): 5 orders, 45 clear refusals, nothing half-written. */
@ExtendWith(Portal.class)
class CheckoutOversellIT {

    @Test
    void theLastFiveUnitsAreSoldOnceUnderFiftyConcurrentBuyers(Http http, Mailbox mailbox, Database db)
            throws Exception {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long last = product(http, shops.bakery, "Stollen", 1890, 7, 0, 0, 5);
        String email = Accounts.newAddress("rush");
        List<String> carts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            carts.add(cart(http, null, last, 1));
        }
        String slot = CheckoutShops.firstSlot(http, carts.get(0), shops.bakery.business());
        String body = body(email, "pay-at-pickup", false, List.of(pickup(shops.bakery, slot)));

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        for (String cart : carts) {
            answers.add(pool.submit(() -> {
                start.await();
                return checkout(http, cart, key(), body);
            }));
        }
        start.countDown();
        int placed = 0;
        int soldOut = 0;
        for (Future<Http.Answer> answer : answers) {
            Http.Answer a = answer.get();
            if (a.status() == 201) {
                placed++;
            } else {
                assertThat(a.status()).as(a.body()).isEqualTo(409);
                assertThat(a.json().getString("detail")).contains("Stollen", String.valueOf(last));
                soldOut++;
            }
        }
        pool.shutdown();

        assertThat(placed).isEqualTo(5);
        assertThat(soldOut).isEqualTo(45);
        assertThat(db.single("select count(*) from shop_customer_order where email = ?", email))
                .isEqualTo("5");
        assertThat(db.single(
                        "select count(*) from shop_seller_order s join shop_customer_order o on o.id ="
                                + " s.customer_order_id where o.email = ?",
                        email))
                .isEqualTo("5");
        assertThat(db.single("select count(*) from shop_order_line where variant_id = ?", last))
                .isEqualTo("5");
        assertThat(db.single(
                        "select count(*) from shop_stock_reservation where variant_id = ? and state = 'HELD'", last))
                .isEqualTo("5");
        assertThat(db.single("select reserved from shop_variant_stock where variant_id = ?", last))
                .isEqualTo("5");
        assertThat(db.single("select count(*) from shop_payment p where not exists"
                        + " (select 1 from shop_customer_order o where o.number = p.customer_order_number)"))
                .as("no payment without its order")
                .isEqualTo("0");
        assertThat(db.single("select count(*) from shop_stock_reservation r where r.reference like 'order:%'"
                        + " and not exists (select 1 from shop_customer_order o where 'order:' || o.number ="
                        + " r.reference)"))
                .as("no reservation without its order")
                .isEqualTo("0");
        assertThat(db.single("select count(*) from shop_seller_order s where not exists"
                        + " (select 1 from shop_order_line l where l.seller_order_id = s.id)"))
                .as("no seller order without lines")
                .isEqualTo("0");
    }
}
