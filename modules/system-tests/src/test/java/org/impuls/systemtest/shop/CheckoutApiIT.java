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

    @Test
    void aLoggedInCustomersOrderIsInItsListAndNobodyElseReadsIt(Http http, Mailbox mailbox) {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long bread = product(http, shops.bakery, "Bauernbrot", 420, 7, 0, 0, 20);
        String alice = Accounts.registerAndConfirm(http, mailbox, "buyer-a");
        String aliceBearer = Accounts.bearer(Accounts.tokenFor(http, alice, Accounts.PASSWORD));
        String bob = Accounts.registerAndConfirm(http, mailbox, "buyer-b");
        String bobBearer = Accounts.bearer(Accounts.tokenFor(http, bob, Accounts.PASSWORD));
        String cart = cart(http, aliceBearer, bread, 1);
        String slot = CheckoutShops.firstSlot(http, cart, shops.bakery.business(), "Authorization", aliceBearer);

        Http.Answer placed = checkout(
                http,
                cart,
                key(),
                body(alice, "pay-at-pickup", false, List.of(pickup(shops.bakery, slot))),
                "Authorization",
                aliceBearer);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String number = placed.json().getString("number");
        String token = placed.json().getString("accessToken");

        JsonObject mine =
                http.get("/api/shop/orders", "Authorization", aliceBearer).json();
        assertThat(mine.getJsonArray("items").getJsonObject(0).getString("number"))
                .as("newest first")
                .isEqualTo(number);
        assertThat(mine.getInt("page")).isEqualTo(1);
        assertThat(http.get("/api/shop/orders/" + number, "Authorization", aliceBearer)
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/shop/orders", "Authorization", bobBearer)
                        .json()
                        .getJsonArray("items"))
                .isEmpty();
        assertThat(http.get("/api/shop/orders/" + number, "Authorization", bobBearer)
                        .status())
                .as("another customer")
                .isEqualTo(404);
        assertThat(http.get("/api/shop/orders/" + number).status())
                .as("anonymous")
                .isEqualTo(404);
        assertThat(http.get(
                                "/api/shop/orders/" + number,
                                "Authorization",
                                shops.bakery.merchant().bearer())
                        .status())
                .as("the merchant reads its part in the back office only")
                .isEqualTo(404);
        assertThat(http.get("/api/shop/orders/" + number, "X-Order-Token", token)
                        .status())
                .as("the token opens it")
                .isEqualTo(200);
        assertThat(http.get("/api/shop/orders/2000-000001", "Authorization", aliceBearer)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void eachMerchantSeesItsOwnSellerOrderAndNeverAnothersPart(Http http, Mailbox mailbox) {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long cake = product(http, shops.bakery, "Kuchen", 1200, 7, 0, 0, 20);
        long book = product(http, shops.bookshop, "Kochbuch", 1990, 7, 0, 0, 20);
        String cart = cart(http, null, cake, 1, book, 1);
        String slot = CheckoutShops.firstSlot(http, cart, shops.bakery.business());
        JsonObject order = checkout(
                        http,
                        cart,
                        key(),
                        body(
                                Accounts.newAddress("guest"),
                                "bank-transfer",
                                false,
                                List.of(pickup(shops.bakery, slot), delivered(shops.bookshop, "PARCEL"))))
                .json();
        String bakeryPart = order.getString("number") + "-1";
        String bookPart = order.getString("number") + "-2";
        String bakery = "/api/shop/backoffice/businesses/" + shops.bakery.business() + "/orders";
        String bakeryBearer = shops.bakery.merchant().bearer();

        JsonArray listed =
                http.get(bakery, "Authorization", bakeryBearer).json().getJsonArray("items");
        assertThat(listed.stream()
                        .map(o -> ((JsonObject) o).getJsonObject("sellerOrder").getString("number")))
                .contains(bakeryPart)
                .doesNotContain(bookPart);
        JsonObject mine = http.get(bakery + "/" + bakeryPart, "Authorization", bakeryBearer)
                .json();
        assertThat(mine.getString("customerOrderNumber")).isEqualTo(order.getString("number"));
        assertThat(mine.getJsonObject("sellerOrder").getJsonArray("lines")).hasSize(1);
        assertThat(mine.getJsonObject("commission").getJsonNumber("percent")).isNotNull();
        assertThat(mine.toString()).doesNotContain("Kochbuch");
        assertThat(http.get(bakery + "/" + bookPart, "Authorization", bakeryBearer)
                        .status())
                .as("the bookshop's part of the same order, by guessing its number")
                .isEqualTo(404);
        assertThat(http.get(
                                "/api/shop/backoffice/businesses/" + shops.bookshop.business() + "/orders",
                                "Authorization",
                                bakeryBearer)
                        .status())
                .as("another business's list")
                .isEqualTo(403);
        assertThat(http.get(
                                "/api/shop/backoffice/businesses/" + shops.bookshop.business() + "/orders/" + bookPart,
                                "Authorization",
                                shops.bookshop.merchant().bearer())
                        .status())
                .isEqualTo(200);
        assertThat(http.get(bakery + "/" + bakeryPart).status()).isIn(401, 403);
    }

    @Test
    void everyRefusalNamesItsField(Http http, Mailbox mailbox, Database db) {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long wine = product(http, shops.butcher, "Rotwein", 890, 19, 0, 16, 20);
        long pie = product(http, shops.bakery, "Zwiebelkuchen", 650, 7, 0, 0, 20);
        String cart = cart(http, null, pie, 1, wine, 1);
        String slot = CheckoutShops.firstSlot(http, cart, shops.bakery.business());
        String email = Accounts.newAddress("guest");
        String good = body(
                email,
                "bank-transfer",
                true,
                List.of(pickup(shops.bakery, slot), delivered(shops.butcher, "LOCAL_DELIVERY")));

        Http.Answer noKey = http.json("POST", "/api/shop/carts/" + cart + "/checkout", good);
        assertThat(fields(noKey)).containsExactly("Idempotency-Key");

        assertThat(fields(checkout(
                        http,
                        cart,
                        key(),
                        good.replace("\"postalCode\":\"67655\"", "\"postalCode\":\"6765\"")
                                .replace("\"email\":\"" + email + "\"", "\"email\":\"nobody\"")
                                .replace("\"acceptTerms\":true", "\"acceptTerms\":false"))))
                .as("several at once")
                .contains("billingAddress.postalCode", "email", "acceptTerms");
        assertThat(fields(checkout(http, cart, key(), good.replace("\"country\":\"DE\"", "\"country\":\"AT\""))))
                .containsExactly("billingAddress.country");
        assertThat(fields(checkout(
                        http, cart, key(), good.replace("\"acceptSellerTerms\":true", "\"acceptSellerTerms\":false"))))
                .containsExactly("acceptSellerTerms");
        assertThat(fields(checkout(http, cart, key(), good.replace("\"confirmAge\":true", "\"confirmAge\":false"))))
                .as("the wine is for 16 and older")
                .containsExactly("confirmAge");
        assertThat(fields(checkout(
                        http,
                        cart,
                        key(),
                        body(
                                email,
                                "bank-transfer",
                                true,
                                List.of(pickup(shops.bakery, slot), delivered(shops.butcher, "PARCEL"))))))
                .as("the butcher sends no parcels, and no wine goes by parcel")
                .containsExactly("deliveries[1].method");
        assertThat(fields(checkout(
                        http, cart, key(), body(email, "bank-transfer", true, List.of(pickup(shops.bakery, slot))))))
                .as("the butcher's part has no delivery")
                .containsExactly("deliveries");
        assertThat(fields(checkout(
                        http,
                        cart,
                        key(),
                        body(
                                email,
                                "bank-transfer",
                                true,
                                List.of(
                                        pickup(shops.bakery, "2020-01-01T10:00:00+01:00"),
                                        delivered(shops.butcher, "LOCAL_DELIVERY"))))))
                .containsExactly("deliveries[0].pickupAt");
        assertThat(fields(checkout(
                        http,
                        cart,
                        key(),
                        good.replace(
                                "\"street\":\"Marktstraße 5\",\"postalCode\":\"67655\"",
                                "\"street\":\"Marktstraße 5\",\"postalCode\":\"10115\""))))
                .as("Berlin is outside the butcher's area")
                .containsExactly("deliveries[1].method");
        assertThat(fields(checkout(http, cart, key(), good.replace("bank-transfer", "pay-at-pickup"))))
                .as("pay at pick-up only when everything is picked up")
                .containsExactly("paymentMethod");
        assertThat(fields(checkout(http, cart, key(), good.replace("bank-transfer", "bitcoin"))))
                .containsExactly("paymentMethod");

        // a price the merchant changed since the line was added: 409 naming the line, nothing placed
        db.update("update shop_variant set price_cents = 700 where id = ?", pie);
        Http.Answer changed = checkout(http, cart, key(), good);
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.json().getString("detail")).contains("Zwiebelkuchen");
        db.update("update shop_variant set price_cents = 650 where id = ?", pie);

        assertThat(db.single("select count(*) from shop_customer_order where email = ?", email))
                .isEqualTo("0");
        assertThat(db.single("select reserved from shop_variant_stock where variant_id = ?", pie))
                .isEqualTo("0");
        Http.Answer placed = checkout(http, cart, key(), good);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.json().getJsonArray("sellerOrders").getJsonObject(1).getBoolean("idCheckAtHandover"))
                .isTrue();
        Http.Answer empty = checkout(http, cart, key(), good);
        assertThat(empty.status()).as("an empty cart").isEqualTo(409);
    }

    @Test
    void theSameKeyPlacesOneOrderAlsoInParallelAndAnotherBodyIs422(Http http, Mailbox mailbox, Database db)
            throws Exception {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long pretzel = product(http, shops.bakery, "Brezel", 90, 7, 0, 0, 50);
        String email = Accounts.newAddress("guest");

        String cart = cart(http, null, pretzel, 2);
        String slot = CheckoutShops.firstSlot(http, cart, shops.bakery.business());
        String body = body(email, "pay-at-pickup", false, List.of(pickup(shops.bakery, slot)));
        String key = key();
        Http.Answer first = checkout(http, cart, key, body);
        Http.Answer again = checkout(http, cart, key, body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as("a retry answers the same order").isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        Http.Answer other = checkout(http, cart, key, body.replace("+49 631 123456", "+49 631 999999"));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("Idempotency-Key");

        String raced = cart(http, null, pretzel, 3);
        String racedKey = key();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Http.Answer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> checkout(http, raced, racedKey, body)));
        }
        java.util.Set<String> numbers = new java.util.HashSet<>();
        int created = 0;
        for (var answer : answers) {
            Http.Answer a = answer.get();
            assertThat(a.status()).as(a.body()).isIn(200, 201);
            created += a.status() == 201 ? 1 : 0;
            numbers.add(a.json().getString("number"));
        }
        pool.shutdown();
        assertThat(created).isEqualTo(1);
        assertThat(numbers).hasSize(1);
        assertThat(db.single("select count(*) from shop_customer_order where email = ?", email))
                .isEqualTo("2");
        assertThat(db.single("select reserved from shop_variant_stock where variant_id = ?", pretzel))
                .isEqualTo("5");
    }

    @Test
    void theOrderEndpointsAreInTheOpenApiDocument(Http http) {
        String openapi = http.get("/openapi").body();
        assertThat(openapi)
                .contains(
                        "/api/shop/carts/{cartId}/checkout",
                        "/api/shop/orders/{number}",
                        "/api/shop/backoffice/businesses/{id}/orders");
    }

    private static List<String> fields(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        return answer.json().getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).getString("field"))
                .toList();
    }
}
