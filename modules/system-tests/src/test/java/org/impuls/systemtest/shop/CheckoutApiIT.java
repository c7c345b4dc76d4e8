package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impuls.systemtest.shop.CheckoutShops.body;
import static org.impuls.systemtest.shop.CheckoutShops.cart;
import static org.impuls.systemtest.shop.CheckoutShops.cents;
import static org.impuls.systemtest.shop.CheckoutShops.checkout;
import static org.impuls.systemtest.shop.CheckoutShops.delivered;
import static org.impuls.systemtest.shop.CheckoutShops.key;
import static org.impuls.systemtest.shop.CheckoutShops.pickup;
import static org.impuls.systemtest.shop.CheckoutShops.product;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checkout over REST (#17): a guest buys from three merchants in one checkout and reads the order with its token; an
 * account's orders; every refusal naming its field; idempotency; who may read which order.
 */
@ExtendWith(Portal.class)
class CheckoutApiIT {

    @Test
    void aGuestBuysFromThreeMerchantsAndReadsTheOrderWithItsToken(Http http, Mailbox mailbox, Database db) {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long rolls = product(http, shops.bakery, "Brötchen", 45, 7, 0, 0, 100);
        long sausage = product(http, shops.butcher, "Bratwurst", 350, 7, 0, 0, 50);
        long book = product(http, shops.bookshop, "Stadtchronik", 2490, 7, 0, 0, 10);
        long juice = product(http, shops.butcher, "Apfelsaft", 120, 19, 25, 0, null);
        String cart = cart(http, null, rolls, 6, sausage, 4, book, 1, juice, 2);
        String slot = CheckoutShops.firstSlot(http, cart, shops.bakery.business());
        String email = Accounts.newAddress("guest");

        Http.Answer placed = checkout(
                http,
                cart,
                key(),
                body(
                        email,
                        "bank-transfer",
                        false,
                        List.of(
                                pickup(shops.bakery, slot),
                                delivered(shops.butcher, "LOCAL_DELIVERY"),
                                delivered(shops.bookshop, "PARCEL"))));

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonObject order = placed.json();
        String number = order.getString("number");
        assertThat(number).matches("\\d{4}-\\d{6}");
        assertThat(placed.header("Location")).endsWith("/api/shop/orders/" + number);
        String token = order.getString("accessToken");
        assertThat(token).matches("[A-Za-z0-9_-]{22}");
        JsonArray sellers = order.getJsonArray("sellerOrders");
        assertThat(sellers).hasSize(3);
        assertThat(sellers.getJsonObject(0).getString("number")).isEqualTo(number + "-1");
        assertThat(sellers.getJsonObject(0).getJsonNumber("businessId").longValue())
                .isEqualTo(shops.bakery.business());
        JsonObject bakeryDelivery = sellers.getJsonObject(0).getJsonObject("delivery");
        assertThat(bakeryDelivery.getString("method")).isEqualTo("PICKUP");
        assertThat(bakeryDelivery.getString("pickupAt")).isNotBlank();
        assertThat(cents(sellers.getJsonObject(0), "total")).isEqualTo(270);
        JsonObject butcher = sellers.getJsonObject(1);
        assertThat(butcher.getJsonArray("lines")).hasSize(2);
        assertThat(butcher.getJsonObject("delivery").getString("method")).isEqualTo("LOCAL_DELIVERY");
        assertThat(cents(butcher.getJsonObject("delivery"), "cost")).isEqualTo(300);
        assertThat(cents(butcher, "total"))
                .as("sausages, juice with its deposit, the delivery fee")
                .isEqualTo(1400 + 240 + 50 + 300);
        JsonObject books = sellers.getJsonObject(2);
        assertThat(cents(books.getJsonObject("delivery"), "cost")).isEqualTo(490);
        assertThat(cents(books, "total")).isEqualTo(2490 + 490);
        JsonObject totals = order.getJsonObject("totals");
        assertThat(cents(totals, "gross")).isEqualTo(270 + 1990 + 2980);
        JsonArray vat = totals.getJsonArray("vat");
        assertThat(vat.getJsonObject(0).getInt("ratePercent")).isEqualTo(19);
        assertThat(vat.getJsonObject(1).getInt("ratePercent")).isEqualTo(7);
        JsonObject payment = order.getJsonObject("payment");
        assertThat(payment.getString("state")).isEqualTo("PENDING");
        assertThat(payment.getJsonObject("nextAction").getString("type")).isEqualTo("NONE");
        assertThat(payment.getJsonObject("nextAction").getJsonObject("data").getJsonArray("transfers"))
                .hasSize(3);

        assertThat(http.get("/api/shop/carts/" + cart).json().getInt("itemCount"))
                .as("the cart is empty")
                .isZero();
        assertThat(db.single("select reserved from shop_variant_stock where variant_id = ?", rolls))
                .isEqualTo("6");

        Http.Answer read = http.get("/api/shop/orders/" + number, "X-Order-Token", token);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().getJsonArray("sellerOrders")).isEqualTo(sellers);
        assertThat(read.json().getJsonObject("totals")).isEqualTo(totals);
        assertThat(read.json().containsKey("accessToken")).isFalse();
        assertThat(http.get("/api/shop/orders/" + number).status()).isEqualTo(404);
        assertThat(http.get("/api/shop/orders/" + number, "X-Order-Token", "x" + token.substring(1))
                        .status())
                .isEqualTo(404);
    }
}
