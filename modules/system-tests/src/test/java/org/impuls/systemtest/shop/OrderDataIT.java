package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impuls.systemtest.shop.CheckoutShops.body;
import static org.impuls.systemtest.shop.CheckoutShops.cart;
import static org.impuls.systemtest.shop.CheckoutShops.checkout;
import static org.impuls.systemtest.shop.CheckoutShops.key;
import static org.impuls.systemtest.shop.CheckoutShops.pickup;
import static org.impuls.systemtest.shop.CheckoutShops.product;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer's orders and its personal data (#17): the order is in the account's export; deleting the account keeps
 * the order for the merchant's books, detached and blocked, and the customer's old token reads nothing.
 */
@ExtendWith(Portal.class)
class OrderDataIT {

    @Test
    void theExportHoldsTheOrderAndDeletionKeepsItBlockedForTheMerchant(Http http, Mailbox mailbox, Database db) {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long bread = product(http, shops.bakery, "Dinkelbrot", 450, 7, 0, 0, 20);
        String email = Accounts.registerAndConfirm(http, mailbox, "order-data");
        String bearer = Accounts.bearer(Accounts.tokenFor(http, email, Accounts.PASSWORD));
        String cart = cart(http, bearer, bread, 2);
        String slot = CheckoutShops.firstSlot(http, cart, shops.bakery.business(), "Authorization", bearer);
        Http.Answer placed = checkout(
                http,
                cart,
                key(),
                body(email, "pay-at-pickup", false, List.of(pickup(shops.bakery, slot))),
                "Authorization",
                bearer);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String number = placed.json().getString("number");
        String orderToken = placed.json().getString("accessToken");
        String sellerNumber =
                placed.json().getJsonArray("sellerOrders").getJsonObject(0).getString("number");

        Http.Answer export = http.get("/api/core/me/export", "Authorization", bearer);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        JsonArray orders = export.json().getJsonArray("shop.orders");
        assertThat(orders).hasSize(1);
        JsonObject exported = orders.getJsonObject(0);
        assertThat(exported.getString("number")).isEqualTo(number);
        assertThat(exported.getString("email")).isEqualTo(email);
        assertThat(exported.getString("phone")).isEqualTo("+49 631 123456");
        assertThat(exported.getJsonObject("billingAddress").getString("street")).isEqualTo("Marktstraße 5");
        assertThat(exported.containsKey("accessToken"))
                .as("no key to the order in a file")
                .isFalse();
        JsonObject part = exported.getJsonArray("sellerOrders").getJsonObject(0);
        assertThat(part.getString("businessName")).isEqualTo(shops.bakery.name());
        assertThat(part.getJsonArray("lines").getJsonObject(0).getString("title"))
                .isEqualTo("Dinkelbrot");
        assertThat(part.getJsonArray("lines").getJsonObject(0).getInt("quantity"))
                .isEqualTo(2);
        assertThat(part.getJsonObject("delivery").getString("method")).isEqualTo("PICKUP");
        assertThat(exported.getJsonObject("totals")
                        .getJsonObject("gross")
                        .getJsonNumber("cents")
                        .longValue())
                .isEqualTo(900);
        assertThat(exported.getJsonObject("payment").getString("method")).isEqualTo("pay-at-pickup");

        Http.Answer deleted = http.json(
                "POST",
                "/api/core/me/deletion",
                "{\"password\":\"" + Accounts.PASSWORD + "\"}",
                "Authorization",
                bearer);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);

        Http.Answer merchantReads = http.get(
                "/api/shop/backoffice/businesses/" + shops.bakery.business() + "/orders/" + sellerNumber,
                "Authorization",
                shops.bakery.merchant().bearer());
        assertThat(merchantReads.status()).as(merchantReads.body()).isEqualTo(200);
        assertThat(merchantReads.json().getString("customerOrderNumber")).isEqualTo(number);
        assertThat(merchantReads.json().getJsonObject("billingAddress").getString("name"))
                .as("the invoice's recipient stays for the merchant's books")
                .isEqualTo("Erika Muster");

        int placedYear = LocalDate.now(ZoneId.of("Europe/Berlin")).getYear();
        assertThat(db.single("select account_id is null from shop_customer_order where number = ?", number))
                .as("detached from the account")
                .isIn("t", "true");
        assertThat(db.single("select blocked_until from shop_customer_order where number = ?", number))
                .as("kept ten years from the end of the placing year")
                .isIn((placedYear + 10) + "-12-31", (placedYear + 11) + "-12-31");
        assertThat(db.single("select count(*) from shop_seller_order where number = ?", sellerNumber))
                .as("never deleted")
                .isEqualTo("1");

        assertThat(http.get("/api/core/me", "Authorization", bearer).status()).isEqualTo(401);
        assertThat(http.get("/api/core/me/export", "Authorization", bearer).status())
                .isEqualTo(401);
        assertThat(http.get("/api/shop/orders", "Authorization", bearer).status())
                .as("the account's list")
                .isIn(401, 403);
        assertThat(http.get("/api/shop/orders/" + number, "Authorization", bearer)
                        .status())
                .isIn(401, 404);
        assertThat(http.get("/api/shop/orders/" + number, "X-Order-Token", orderToken)
                        .status())
                .as("a blocked order is not opened by its token either")
                .isEqualTo(404);
    }
}
