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
import java.net.URI;
import java.util.List;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer's order pages (#17): a guest reads the order at {@code /bestellung/{token}} without a login, a customer
 * at {@code /konto/bestellungen}; the confirmation mail links there; nobody else learns anything of an order.
 */
@ExtendWith(Portal.class)
class OrderPagesIT {

    private static final String IBAN = "DE89370400440532013000";

    @Test
    void aGuestsPageShowsEachMerchantsPartAndWhereToTransferIt(Http http, Mailbox mailbox) {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long rolls = product(http, shops.bakery, "Seitenbrötchen", 45, 7, 0, 0, 100);
        long juice = product(http, shops.butcher, "Seitensaft", 120, 19, 25, 0, 50);
        String cart = cart(http, null, rolls, 6, juice, 2);
        String slot = CheckoutShops.firstSlot(http, cart, shops.bakery.business());
        JsonObject order = place(
                http,
                cart,
                Accounts.newAddress("page-guest"),
                "bank-transfer",
                List.of(pickup(shops.bakery, slot), delivered(shops.butcher, "LOCAL_DELIVERY")));
        String number = order.getString("number");

        Http.Answer page = http.get("/bestellung/" + order.getString("accessToken"));

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).contains("no-store").contains("private");
        assertThat(page.body()).contains("<meta name=\"robots\" content=\"noindex\"");
        assertThat(page.body())
                .contains(number, number + "-1", number + "-2")
                .contains(shops.bakery.name(), shops.butcher.name())
                .contains("Seitenbrötchen", "Seitensaft")
                .contains("Abholung im Laden am")
                .contains("Lieferung vor Ort an: Erika Muster, Marktstraße 5, 67655 Kaiserslautern")
                .contains("2,70", "0,50", "Eingegangen")
                .contains("darin 7 % MwSt.", "darin 19 % MwSt.")
                .contains("Vorkasse per Überweisung · offen");
        assertThat(transferRow(page.body(), number + "-1")).contains(shops.bakery.name(), IBAN, "COBADEFFXXX", "2,70");
        assertThat(transferRow(page.body(), number + "-2")).contains(shops.butcher.name(), IBAN, "5,90");
        assertThat(page.body()).contains("<caption", "scope=\"col\"", "scope=\"row\"");

        Http.Answer english = http.get("/bestellung/" + order.getString("accessToken") + "?lang=en");
        assertThat(english.body()).contains("Items from " + shops.bakery.name(), "Bank transfer in advance · open");
    }

    @Test
    void aWrongOrGuessedTokenIsTheNotFoundPage(Http http, Mailbox mailbox) {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long book = product(http, shops.bookshop, "Seitenroman", 1290, 7, 0, 0, 10);
        String cart = cart(http, null, book, 1);
        JsonObject order = place(
                http,
                cart,
                Accounts.newAddress("page-wrong"),
                "bank-transfer",
                List.of(delivered(shops.bookshop, "PARCEL")));
        String token = order.getString("accessToken");
        String unknownPage = http.get("/seite-die-es-nicht-gibt").body();

        for (String wrong : List.of(
                (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1),
                "AAAAAAAAAAAAAAAAAAAAAA",
                token.substring(0, 21),
                token + "x".repeat(100))) {
            Http.Answer answer = http.get("/bestellung/" + wrong);
            assertThat(answer.status()).as(wrong).isEqualTo(404);
            assertThat(answer.body())
                    .as("nothing tells that an order is near")
                    .doesNotContain(order.getString("number"), "Seitenroman", shops.bookshop.name());
            assertThat(title(answer.body())).isEqualTo(title(unknownPage));
        }
    }

    @Test
    void aCustomerSeesOnlyOwnOrdersAndAnotherCustomersNumberIsNotFound(Http http, Mailbox mailbox) {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long bread = product(http, shops.bakery, "Seitenbrot", 380, 7, 0, 0, 50);
        long book = product(http, shops.bookshop, "Seitenatlas", 2000, 7, 0, 0, 10);
        String alice = Accounts.registerAndConfirm(http, mailbox, "page-a");
        String aliceBearer = Accounts.bearer(Accounts.tokenFor(http, alice, Accounts.PASSWORD));
        String bob = Accounts.registerAndConfirm(http, mailbox, "page-b");
        String bobBearer = Accounts.bearer(Accounts.tokenFor(http, bob, Accounts.PASSWORD));

        String first = placeAs(http, aliceBearer, alice, shops, bread).getString("number");
        String second = place(
                        http,
                        cart(http, aliceBearer, book, 1),
                        alice,
                        "bank-transfer",
                        List.of(delivered(shops.bookshop, "PARCEL")),
                        "Authorization",
                        aliceBearer)
                .getString("number");
        String bobs = placeAs(http, bobBearer, bob, shops, bread).getString("number");
        String session = http.logIn(alice, Accounts.PASSWORD);

        assertThat(http.get("/konto", "Cookie", session).body()).contains("/konto/bestellungen\"");
        Http.Answer list = http.get("/konto/bestellungen", "Cookie", session);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.header("Cache-Control")).contains("no-store");
        assertThat(list.body())
                .contains(first, second, shops.bakery.name(), shops.bookshop.name(), "24,90")
                .doesNotContain(bobs);
        assertThat(list.body().indexOf(second))
                .as("newest first")
                .isLessThan(list.body().indexOf(first));

        Http.Answer mine = http.get("/konto/bestellungen/" + second, "Cookie", session);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.header("Cache-Control")).contains("no-store");
        assertThat(mine.body()).contains(second + "-1", "Seitenatlas", "Paketversand an: Erika Muster", IBAN);

        assertThat(http.get("/konto/bestellungen/" + bobs, "Cookie", session).status())
                .as("another customer's order is not found, not forbidden")
                .isEqualTo(404);
        assertThat(http.get("/konto/bestellungen/2000-000001", "Cookie", session)
                        .status())
                .isEqualTo(404);
        for (String path : List.of("/konto/bestellungen", "/konto/bestellungen/" + first)) {
            Http.Answer anonymous = http.get(path);
            assertThat(anonymous.status()).as(path).isEqualTo(302);
            assertThat(anonymous.header("Location")).as(path).endsWith("/login");
        }
    }

    @Test
    void theConfirmationMailLinksToTheOrdersPage(Http http, Mailbox mailbox) throws Exception {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long bread = product(http, shops.bakery, "Mailseitenbrot", 300, 7, 0, 0, 50);
        String guest = Accounts.newAddress("page-mail");
        String cart = cart(http, null, bread, 1);
        String slot = CheckoutShops.firstSlot(http, cart, shops.bakery.business());
        JsonObject order = place(http, cart, guest, "pay-at-pickup", List.of(pickup(shops.bakery, slot)));
        String number = order.getString("number");

        String link = Mailbox.linkIn(mailbox.awaitMail(guest, number));
        assertThat(link).startsWith(http.baseUrl() + "/bestellung/" + order.getString("accessToken"));
        Http.Answer opened = http.get(pathOf(link));
        assertThat(opened.status()).as(link).isEqualTo(200);
        assertThat(opened.body()).contains(number, "Mailseitenbrot", "Bezahlung bei Abholung");

        String customer = Accounts.registerAndConfirm(http, mailbox, "page-mail-account");
        String bearer = Accounts.bearer(Accounts.tokenFor(http, customer, Accounts.PASSWORD));
        String own = placeAs(http, bearer, customer, shops, bread).getString("number");
        String accountLink = Mailbox.linkIn(mailbox.awaitMail(customer, own));
        assertThat(accountLink).startsWith(http.baseUrl() + "/konto/bestellungen/" + own);
        assertThat(http.get(pathOf(accountLink)).status()).as("the login first").isEqualTo(302);
        Http.Answer signedIn = http.get(pathOf(accountLink), "Cookie", http.logIn(customer, Accounts.PASSWORD));
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.body()).contains(own, "Mailseitenbrot");
    }

    /** A pick-up order of one loaf, placed by a logged-in customer paying at the pick-up. */
    private static JsonObject placeAs(Http http, String bearer, String email, CheckoutShops shops, long bread) {
        String cart = cart(http, bearer, bread, 1);
        String slot = CheckoutShops.firstSlot(http, cart, shops.bakery.business(), "Authorization", bearer);
        return place(http, cart, email, "pay-at-pickup", List.of(pickup(shops.bakery, slot)), "Authorization", bearer);
    }

    private static JsonObject place(
            Http http, String cart, String email, String payment, List<String> deliveries, String... headers) {
        Http.Answer placed = checkout(http, cart, key(), body(email, payment, false, deliveries), headers);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        return placed.json();
    }

    /** The table row of the transfer with this reference. */
    private static String transferRow(String page, String reference) {
        int at = page.indexOf("<td>" + reference + "</td>");
        assertThat(at).as("a transfer with reference " + reference).isPositive();
        return page.substring(page.lastIndexOf("<tr", at), at);
    }

    private static String title(String page) {
        return page.substring(page.indexOf("<title>"), page.indexOf("</title>"));
    }

    private static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
