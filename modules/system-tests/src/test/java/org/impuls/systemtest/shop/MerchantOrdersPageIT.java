package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impuls.systemtest.shop.CheckoutShops.body;
import static org.impuls.systemtest.shop.CheckoutShops.cart;
import static org.impuls.systemtest.shop.CheckoutShops.checkout;
import static org.impuls.systemtest.shop.CheckoutShops.delivered;
import static org.impuls.systemtest.shop.CheckoutShops.key;
import static org.impuls.systemtest.shop.CheckoutShops.pickup;
import static org.impuls.systemtest.shop.CheckoutShops.product;

import jakarta.json.JsonObject;
import java.util.List;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The merchant's order list in the back office (#17): its own part of a customer order with lines, customer, delivery
 * and payment; never another merchant's part of the same order, nor another business's list by its id in the URL.
 */
@ExtendWith(Portal.class)
class MerchantOrdersPageIT {

    @Test
    void theMerchantSeesItsPartOfTheOrderAndNeverAnotherMerchantsPartOrList(Http http, Mailbox mailbox) {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        String suffix = Long.toString(System.nanoTime() % 1_000_000L);
        String cakeTitle = "Zwetschgenkuchen " + suffix;
        String bookTitle = "Pfälzer Kochbuch " + suffix;
        long cake = product(http, shops.bakery, cakeTitle, 1250, 7, 0, 0, 20);
        long book = product(http, shops.bookshop, bookTitle, 1990, 7, 0, 0, 20);
        String cart = cart(http, null, cake, 2, book, 1);
        String slot = CheckoutShops.firstSlot(http, cart, shops.bakery.business());
        Http.Answer placed = checkout(
                http,
                cart,
                key(),
                body(
                        Accounts.newAddress("orders-page"),
                        "bank-transfer",
                        false,
                        List.of(pickup(shops.bakery, slot), delivered(shops.bookshop, "PARCEL"))));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonObject order = placed.json();
        String bakeryPart = order.getString("number") + "-1";
        String bookPart = order.getString("number") + "-2";

        String session = http.logIn(shops.bakery.merchant().email(), Accounts.PASSWORD);
        String page = "/backoffice/shop/orders.xhtml?business=" + shops.bakery.business();
        Http.Answer list = http.get(page, "Cookie", session);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body())
                .contains("Bestellungen", bakeryPart, cakeTitle, "Erika Muster", "Abholung im Laden")
                .contains("12,50", "25,00", "Vorkasse per Überweisung", "offen")
                .as("the delivery address in the detail")
                .contains("Marktstraße 5, 67655 Kaiserslautern")
                .as("header cells")
                .contains("<th scope=\"col\">Einzelpreis</th>")
                .as("the bookshop's part of the same customer order")
                .doesNotContain(bookPart, bookTitle);
        assertThat(http.get(page + "&lang=en", "Cookie", session).body())
                .contains("Orders", "Unit price", "Bank transfer in advance", "Pick-up in the shop");
        assertThat(http.get("/backoffice/shop/products.xhtml?business=" + shops.bakery.business(), "Cookie", session)
                        .body())
                .as("in the back-office menu")
                .contains("/backoffice/shop/orders.xhtml");

        Http.Answer foreign =
                http.get("/backoffice/shop/orders.xhtml?business=" + shops.bookshop.business(), "Cookie", session);
        assertThat(foreign.status())
                .as("another merchant's business id in the URL")
                .isIn(403, 404);
        assertThat(foreign.body()).doesNotContain(bookPart, bookTitle, shops.bookshop.name());

        String bookSession = http.logIn(shops.bookshop.merchant().email(), Accounts.PASSWORD);
        assertThat(http.get(
                                "/backoffice/shop/orders.xhtml?business=" + shops.bookshop.business(),
                                "Cookie",
                                bookSession)
                        .body())
                .as("the bookshop sees its own part")
                .contains(bookPart, bookTitle)
                .doesNotContain(bakeryPart, cakeTitle);
    }
}
