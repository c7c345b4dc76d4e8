package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impuls.systemtest.shop.CheckoutShops.body;
import static org.impuls.systemtest.shop.CheckoutShops.cart;
import static org.impuls.systemtest.shop.CheckoutShops.checkout;
import static org.impuls.systemtest.shop.CheckoutShops.delivered;
import static org.impuls.systemtest.shop.CheckoutShops.key;
import static org.impuls.systemtest.shop.CheckoutShops.product;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An order not paid in time is cancelled and its stock returns (#17). The system tests give a bank transfer 35
 * seconds ({@code impuls.shop.bank-transfer.days} in {@code Portal}) instead of 7 days.
 */
@ExtendWith(Portal.class)
class PaymentTimeoutIT {

    @Test
    void anUnpaidOrdersStockReturnsAfterTheTimeoutAndTheOrderReadsCancelled(Http http, Mailbox mailbox, Database db)
            throws Exception {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long atlas = product(http, shops.bookshop, "Stadtatlas", 1500, 7, 0, 0, 3);
        String cart = cart(http, null, atlas, 2);
        Http.Answer placed = checkout(
                http,
                cart,
                key(),
                body(
                        Accounts.newAddress("slow"),
                        "bank-transfer",
                        false,
                        List.of(delivered(shops.bookshop, "PARCEL"))));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String number = placed.json().getString("number");
        String token = placed.json().getString("accessToken");
        assertThat(db.single("select reserved from shop_variant_stock where variant_id = ?", atlas))
                .isEqualTo("2");
        assertThat(read(http, number, token).getString("state")).isEqualTo("PLACED");

        Instant patience = Instant.now().plus(Duration.ofSeconds(120));
        JsonObject order = read(http, number, token);
        while (!order.getString("state").equals("CANCELLED") && Instant.now().isBefore(patience)) {
            Thread.sleep(1000);
            order = read(http, number, token);
        }

        assertThat(order.getString("state")).isEqualTo("CANCELLED");
        assertThat(order.getJsonArray("sellerOrders").getJsonObject(0).getString("state"))
                .isEqualTo("CANCELLED");
        assertThat(order.getJsonObject("payment").getString("state")).isEqualTo("FAILED");
        assertThat(db.single("select reserved from shop_variant_stock where variant_id = ?", atlas))
                .as("the two units are available again")
                .isEqualTo("0");
        assertThat(db.single(
                        "select count(*) from shop_order_transition t join shop_customer_order o on o.id = t.subject_id"
                                + " where t.subject_type = 'customer-order' and o.number = ? and t.to_state = 'CANCELLED'",
                        number))
                .isEqualTo("1");
    }

    private static JsonObject read(Http http, String number, String token) {
        Http.Answer answer = http.get("/api/shop/orders/" + number, "X-Order-Token", token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
