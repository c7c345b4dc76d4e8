package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.impuls.systemtest.shop.CartShops.OnSale;
import org.impuls.systemtest.shop.CartShops.Sku;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cart over REST (#16): one cart across three merchants with groups, deposit and VAT per rate; the limits and the
 * stock; a price the merchant changed shown next to the line; the account's cart and the merge at login.
 */
@ExtendWith(Portal.class)
class CartApiIT {

    @Test
    void aCartOfThreeMerchantsIsGroupedWithSubtotalsDepositAndVatPerRate(Http http, Mailbox mailbox, Database db) {
        CartShops shops = CartShops.of(http, mailbox, db);
        OnSale honey = CartShops.product(http, shops.beekeeper, "Blütenhonig", 7, 0, 0, new Sku("500 g", 790, 10));
        OnSale juice = CartShops.product(http, shops.drinks, "Apfelsaft", 19, 25, 0, new Sku("1 l", 120, null));
        OnSale cup = CartShops.product(http, shops.potter, "Tasse", 19, 0, 0, new Sku("groß", 1800, null));

        Http.Answer created = http.json("POST", "/api/shop/carts", null);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().getString("id");
        assertThat(id).matches("[A-Za-z0-9_-]{22}");
        assertThat(created.header("Location")).endsWith("/api/shop/carts/" + id);
        assertThat(created.json().getInt("itemCount")).isZero();
        assertThat(created.json().getJsonArray("groups")).isEmpty();

        add(http, id, juice.variants().get(0), 6);
        add(http, id, honey.variants().get(0), 1);
        add(http, id, cup.variants().get(0), 1);
        JsonObject cart = add(http, id, honey.variants().get(0), 1).json();

        assertThat(cart.getInt("itemCount")).isEqualTo(9);
        JsonArray groups = cart.getJsonArray("groups");
        assertThat(groups.stream().map(g -> ((JsonObject) g).getString("name")))
                .as("in the order the merchants' first lines were added")
                .containsExactly(shops.drinks.name(), shops.beekeeper.name(), shops.potter.name());
        JsonObject drinks = groups.getJsonObject(0);
        JsonObject juiceLine = drinks.getJsonArray("lines").getJsonObject(0);
        assertThat(cents(juiceLine, "lineTotal")).isEqualTo(720);
        assertThat(cents(juiceLine, "depositPerUnit")).isEqualTo(25);
        assertThat(cents(juiceLine, "depositTotal")).isEqualTo(150);
        assertThat(cents(drinks, "goods")).isEqualTo(720);
        assertThat(cents(drinks, "deposit")).isEqualTo(150);
        assertThat(cents(drinks, "total")).isEqualTo(870);
        JsonObject drinksVat = drinks.getJsonObject("vat").getJsonArray("rates").getJsonObject(0);
        assertThat(drinksVat.getInt("ratePercent")).isEqualTo(19);
        assertThat(cents(drinksVat, "gross"))
                .as("the deposit takes the juice's rate")
                .isEqualTo(870);
        assertThat(cents(drinksVat, "vat")).isEqualTo(139);

        JsonObject bees = groups.getJsonObject(1);
        assertThat(bees.getJsonArray("lines"))
                .as("adding again adds to the line")
                .hasSize(1);
        assertThat(bees.getJsonArray("lines").getJsonObject(0).getInt("quantity"))
                .isEqualTo(2);
        assertThat(bees.getString("profileUrl")).startsWith("/betriebe/");
        assertThat(cents(bees, "goods")).isEqualTo(1580);
        assertThat(cents(bees.getJsonObject("vat").getJsonArray("rates").getJsonObject(0), "vat"))
                .isEqualTo(103);

        JsonObject potter = groups.getJsonObject(2);
        assertThat(potter.getString("vatTreatment")).isEqualTo("SMALL_BUSINESS");
        assertThat(potter.getJsonObject("vat").getJsonArray("rates")).isEmpty();
        assertThat(potter.getJsonObject("vat").getString("notice")).contains("19");

        JsonObject totals = cart.getJsonObject("totals");
        assertThat(cents(totals, "goods")).isEqualTo(720 + 1580 + 1800);
        assertThat(cents(totals, "deposit")).isEqualTo(150);
        assertThat(cents(totals, "total")).isEqualTo(4250);
        JsonArray vat = totals.getJsonArray("vat");
        assertThat(vat).hasSize(2);
        assertThat(vat.getJsonObject(0).getInt("ratePercent")).isEqualTo(19);
        assertThat(cents(vat.getJsonObject(0), "vat"))
                .as("the small business charges none")
                .isEqualTo(139);
        assertThat(vat.getJsonObject(1).getInt("ratePercent")).isEqualTo(7);
        assertThat(cents(vat.getJsonObject(1), "vat")).isEqualTo(103);
        assertThat(cents(totals, "vatTotal")).isEqualTo(242);

        JsonObject read = http.get("/api/shop/carts/" + id).json();
        assertThat(read.getJsonObject("totals")).isEqualTo(totals);
        assertThat(lineIds(read)).isEqualTo(lineIds(cart));

        JsonObject options = http.get("/api/shop/carts/" + id + "/delivery-options?postalCode=67655")
                .json();
        JsonArray merchants = options.getJsonArray("merchants");
        assertThat(merchants).hasSize(3);
        assertThat(merchants.getJsonObject(1).getJsonNumber("businessId").longValue())
                .isEqualTo(shops.beekeeper.business());
        assertThat(cents(merchants.getJsonObject(1), "subtotal")).isEqualTo(1580);
        JsonObject pickup = merchants.getJsonObject(1).getJsonArray("options").getJsonObject(0);
        assertThat(pickup.getString("method")).isEqualTo("PICKUP");
        assertThat(pickup.containsKey("available")).isTrue();
    }

    @Test
    void theCartKeepsAPostalCodeOfFiveDigits(Http http) {
        String id = newCart(http);

        Http.Answer wrong = http.json("PUT", "/api/shop/carts/" + id + "/postal-code", "{\"postalCode\":\"6765\"}");
        assertThat(field(wrong)).isEqualTo("postalCode");
        Http.Answer kept = http.json("PUT", "/api/shop/carts/" + id + "/postal-code", "{\"postalCode\":\"67655\"}");
        assertThat(kept.status()).isEqualTo(200);
        assertThat(http.get("/api/shop/carts/" + id).json().getString("postalCode"))
                .isEqualTo("67655");
        assertThat(field(http.get("/api/shop/carts/" + id + "/delivery-options?postalCode=abc")))
                .isEqualTo("postalCode");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndMoreThanTheStockNamingVariantAndStock(
            Http http, Mailbox mailbox, Database db) {
        CartShops shops = CartShops.of(http, mailbox, db);
        OnSale honey = CartShops.product(http, shops.beekeeper, "Waldhonig", 7, 0, 0, new Sku("250 g", 590, 3));
        long variant = honey.variants().get(0);
        String id = newCart(http);

        assertThat(field(addAnswer(http, id, variant, 0))).isEqualTo("quantity");
        assertThat(field(addAnswer(http, id, variant, 100))).isEqualTo("quantity");
        assertThat(field(http.json("POST", "/api/shop/carts/" + id + "/lines", "{\"quantity\":1}")))
                .isEqualTo("variantId");
        Http.Answer unknown = addAnswer(http, id, 999_999_999L, 1);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        Http.Answer tooMany = addAnswer(http, id, variant, 4);
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        assertThat(tooMany.json().getString("detail")).contains("Nur noch 3 vorrätig", "Waldhonig 250 g");
        Http.Answer english = http.json(
                "POST", "/api/shop/carts/" + id + "/lines?lang=en", "{\"variantId\":" + variant + ",\"quantity\":4}");
        assertThat(english.json().getString("detail")).contains("Only 3 left of Waldhonig 250 g");

        // Prefer: return=minimal answers the line and the count only, with the same rules
        Http.Answer minimal = http.json(
                "POST",
                "/api/shop/carts/" + id + "/lines",
                "{\"variantId\":" + variant + ",\"quantity\":2}",
                "Prefer",
                "return=minimal");
        assertThat(minimal.status()).as(minimal.body()).isEqualTo(201);
        assertThat(minimal.header("Preference-Applied")).isEqualTo("return=minimal");
        assertThat(minimal.header("Location")).endsWith("/api/shop/carts/" + id);
        assertThat(minimal.json().getString("cartId")).isEqualTo(id);
        assertThat(minimal.json().getJsonNumber("variantId").longValue()).isEqualTo(variant);
        assertThat(minimal.json().getInt("quantity")).isEqualTo(2);
        assertThat(minimal.json().getInt("itemCount")).isEqualTo(2);
        assertThat(minimal.json().containsKey("groups"))
                .as("not the whole cart")
                .isFalse();
        Http.Answer minimalTooMany = http.json(
                "POST",
                "/api/shop/carts/" + id + "/lines",
                "{\"variantId\":" + variant + ",\"quantity\":2}",
                "Prefer",
                "return=minimal");
        assertThat(minimalTooMany.status()).isEqualTo(409);
        assertThat(minimalTooMany.json().getString("detail")).contains("Nur noch 3 vorrätig");

        JsonObject three = add(http, id, variant, 1).json();
        assertThat(lineIds(three))
                .as("the minimal add made the line the whole answer shows")
                .containsExactly(minimal.json().getJsonNumber("lineId").longValue());
        assertThat(addAnswer(http, id, variant, 1).status())
                .as("3 in the cart, none more")
                .isEqualTo(409);
        long line = lineIds(http.get("/api/shop/carts/" + id).json()).get(0);
        assertThat(field(http.json("PATCH", "/api/shop/carts/" + id + "/lines/" + line, "{\"quantity\":0}")))
                .isEqualTo("quantity");
        assertThat(http.json("PATCH", "/api/shop/carts/" + id + "/lines/" + line, "{\"quantity\":4}")
                        .status())
                .isEqualTo(409);

        // units held for an order waiting for payment are not available: the line says so, unchanged
        db.update("update shop_variant_stock set reserved = 2 where variant_id = ?", variant);
        JsonObject shortLine = http.get("/api/shop/carts/" + id)
                .json()
                .getJsonArray("groups")
                .getJsonObject(0)
                .getJsonArray("lines")
                .getJsonObject(0);
        assertThat(shortLine.getInt("quantity")).isEqualTo(3);
        assertThat(shortLine.getJsonArray("notices").getJsonObject(0).getString("kind"))
                .isEqualTo("STOCK_SHORT");
        assertThat(shortLine.getJsonArray("notices").getJsonObject(0).getInt("available"))
                .isEqualTo(1);
    }

    @Test
    void aCartHoldsAtMost100LinesAlsoUnderParallelRequests(Http http, Mailbox mailbox, Database db) throws Exception {
        CartShops shops = CartShops.of(http, mailbox, db);
        List<Long> variants = new ArrayList<>();
        for (int product = 0; product < 2; product++) {
            Sku[] skus = new Sku[55];
            for (int i = 0; i < skus.length; i++) {
                skus[i] = new Sku("Nr " + product + "-" + i, 100 + i, null);
            }
            variants.addAll(CartShops.product(http, shops.drinks, "Postkarte", 19, 0, 0, skus)
                    .variants());
        }
        String id = newCart(http);

        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<Integer>> answers = new ArrayList<>();
        for (long variant : variants) {
            answers.add(pool.submit(() -> addAnswer(http, id, variant, 1).status()));
        }
        int added = 0;
        int refused = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            if (status == 201) {
                added++;
            } else if (status == 409) {
                refused++;
            }
        }
        pool.shutdown();

        assertThat(added).isEqualTo(100);
        assertThat(refused).isEqualTo(10);
        JsonObject cart = http.get("/api/shop/carts/" + id).json();
        assertThat(lineIds(cart)).hasSize(100);
        assertThat(cart.getInt("itemCount")).isEqualTo(100);
        Http.Answer full = addAnswer(http, id, variants.get(0), 1);
        assertThat(full.status()).as("adding to an existing line still works").isEqualTo(201);
    }

    @Test
    void aPriceTheMerchantChangedIsShownNextToTheLineAndNothingElseChanges(Http http, Mailbox mailbox, Database db) {
        CartShops shops = CartShops.of(http, mailbox, db);
        OnSale honey = CartShops.product(http, shops.beekeeper, "Rapshonig", 7, 0, 0, new Sku("500 g", 690, null));
        OnSale juice = CartShops.product(http, shops.drinks, "Traubensaft", 19, 25, 0, new Sku("1 l", 250, null));
        String id = newCart(http);
        add(http, id, honey.variants().get(0), 2);
        JsonObject before = add(http, id, juice.variants().get(0), 1).json();

        CartShops.reprice(http, shops.beekeeper, honey.id(), 750);

        JsonObject after = http.get("/api/shop/carts/" + id).json();
        JsonObject honeyLine = after.getJsonArray("groups")
                .getJsonObject(0)
                .getJsonArray("lines")
                .getJsonObject(0);
        assertThat(honeyLine.getInt("quantity")).isEqualTo(2);
        assertThat(cents(honeyLine, "unitPrice")).isEqualTo(750);
        JsonArray notices = honeyLine.getJsonArray("notices");
        assertThat(notices).hasSize(1);
        assertThat(notices.getJsonObject(0).getString("kind")).isEqualTo("PRICE_CHANGED");
        assertThat(cents(notices.getJsonObject(0), "was")).isEqualTo(690);
        assertThat(cents(notices.getJsonObject(0), "now")).isEqualTo(750);
        assertThat(after.getJsonArray("groups").getJsonObject(1).getJsonArray("lines"))
                .as("the other merchant's part is as it was")
                .isEqualTo(before.getJsonArray("groups").getJsonObject(1).getJsonArray("lines"));
        assertThat(after.getJsonArray("groups").getJsonObject(1).getJsonObject("total"))
                .isEqualTo(before.getJsonArray("groups").getJsonObject(1).getJsonObject("total"));
        assertThat(after.getInt("itemCount")).isEqualTo(3);

        // changing the line takes today's price as seen
        JsonObject changed = http.json(
                        "PATCH",
                        "/api/shop/carts/" + id + "/lines/"
                                + honeyLine.getJsonNumber("lineId").longValue(),
                        "{\"quantity\":2}")
                .json();
        assertThat(changed.getJsonArray("groups")
                        .getJsonObject(0)
                        .getJsonArray("lines")
                        .getJsonObject(0)
                        .getJsonArray("notices"))
                .isEmpty();

        Http.Answer removed = http.json(
                "DELETE",
                "/api/shop/carts/" + id + "/lines/"
                        + honeyLine.getJsonNumber("lineId").longValue(),
                null);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().getJsonArray("groups")).hasSize(1);
    }

    @Test
    void anAccountsCartIsReachedByThatAccountOnlyAndTheLoginMergesQuantitiesCappedByStock(
            Http http, Mailbox mailbox, Database db) {
        CartShops shops = CartShops.of(http, mailbox, db);
        OnSale honey = CartShops.product(http, shops.beekeeper, "Lindenhonig", 7, 0, 0, new Sku("500 g", 890, 3));
        OnSale juice = CartShops.product(http, shops.drinks, "Kirschsaft", 19, 25, 0, new Sku("1 l", 290, null));
        String anna = bearer(http, mailbox, "cart-anna");
        String ben = bearer(http, mailbox, "cart-ben");

        Http.Answer anonymous = http.get("/api/shop/carts/mine");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        Http.Answer annas = http.get("/api/shop/carts/mine", "Authorization", anna);
        assertThat(annas.status()).as(annas.body()).isEqualTo(200);
        String annasCart = annas.json().getString("id");
        assertThat(http.get("/api/shop/carts/mine", "Authorization", anna)
                        .json()
                        .getString("id"))
                .as("one cart per account")
                .isEqualTo(annasCart);
        assertThat(http.json(
                                "POST",
                                "/api/shop/carts/" + annasCart + "/lines",
                                "{\"variantId\":" + honey.variants().get(0) + ",\"quantity\":2}",
                                "Authorization",
                                anna)
                        .status())
                .isEqualTo(201);

        // nobody else reaches it, not by id, not anonymously
        assertThat(http.get("/api/shop/carts/" + annasCart, "Authorization", ben)
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/shop/carts/" + annasCart).status()).isEqualTo(404);
        assertThat(addAnswer(http, annasCart, juice.variants().get(0), 1).status())
                .isEqualTo(404);
        String bensCart =
                http.get("/api/shop/carts/mine", "Authorization", ben).json().getString("id");
        long annasLine = lineIds(http.get("/api/shop/carts/" + annasCart, "Authorization", anna)
                        .json())
                .get(0);
        Http.Answer foreignLine = http.json(
                "PATCH",
                "/api/shop/carts/" + bensCart + "/lines/" + annasLine,
                "{\"quantity\":1}",
                "Authorization",
                ben);
        assertThat(foreignLine.status()).as("a line of another cart").isEqualTo(404);
        assertThat(foreignLine.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/shop/carts/AAAAAAAAAAAAAAAAAAAAAA").status()).isEqualTo(404);

        // Anna filled a cart before logging in: honey 2 (only 3 in stock) and juice
        String before = newCart(http);
        add(http, before, honey.variants().get(0), 2);
        add(http, before, juice.variants().get(0), 4);
        Http.Answer merged = http.json(
                "POST", "/api/shop/carts/mine/merge", "{\"cartId\":\"" + before + "\"}", "Authorization", anna);
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        JsonObject cart = merged.json();
        assertThat(cart.getString("id")).isEqualTo(annasCart);
        JsonObject honeyLine = cart.getJsonArray("groups")
                .getJsonObject(0)
                .getJsonArray("lines")
                .getJsonObject(0);
        assertThat(honeyLine.getInt("quantity"))
                .as("2 + 2, capped by the stock of 3")
                .isEqualTo(3);
        assertThat(cart.getJsonArray("groups")
                        .getJsonObject(1)
                        .getJsonArray("lines")
                        .getJsonObject(0)
                        .getInt("quantity"))
                .isEqualTo(4);
        assertThat(cart.getInt("itemCount")).isEqualTo(7);
        JsonObject exported =
                http.get("/api/core/me/export", "Authorization", anna).json().getJsonObject("shop.cart");
        assertThat(exported.getJsonArray("lines").getJsonObject(0).getString("product"))
                .as("the account's cart is in its data export")
                .isEqualTo("Lindenhonig");
        assertThat(http.get("/api/shop/carts/" + before).status())
                .as("the anonymous cart is gone")
                .isEqualTo(404);
        assertThat(http.json(
                                "POST",
                                "/api/shop/carts/mine/merge",
                                "{\"cartId\":\"" + bensCart + "\"}",
                                "Authorization",
                                anna)
                        .status())
                .as("Ben's cart cannot be merged into Anna's")
                .isEqualTo(404);
        assertThat(field(http.json("POST", "/api/shop/carts/mine/merge", "{}", "Authorization", anna)))
                .isEqualTo("cartId");
    }

    @Test
    void cartsNotTouchedFor30DaysAreDeletedByTheScheduledTask(Http http, Database db) throws InterruptedException {
        String old = newCart(http);
        String recent = newCart(http);
        db.update("update shop_cart set touched_at = now() - interval '31 days' where public_id = ?", old);
        db.update("update shop_cart set touched_at = now() - interval '29 days' where public_id = ?", recent);
        assertThat(db.single("select schedule from scheduled_task where name = 'shop.cart.abandoned'"))
                .startsWith("daily");

        db.update("update scheduled_task set next_run_at = now() where name = 'shop.cart.abandoned'");
        for (int i = 0; i < 300 && db.single("select id from shop_cart where public_id = ?", old) != null; i++) {
            Thread.sleep(100);
        }

        assertThat(http.get("/api/shop/carts/" + old).status()).isEqualTo(404);
        assertThat(http.get("/api/shop/carts/" + recent).status()).isEqualTo(200);
        assertThat(
                        db.single(
                                "select count(*) from scheduled_task where name = 'shop.cart.abandoned' and next_run_at > now()"))
                .as("due again tomorrow")
                .isEqualTo("1");
    }

    @Test
    void theOpenApiDocumentDescribesTheCartEndpoints(Http http) {
        assertThat(http.get("/openapi").body())
                .contains(
                        "/api/shop/carts/{cartId}/lines/{lineId}",
                        "/api/shop/carts/mine/merge",
                        "/api/shop/carts/{cartId}/delivery-options",
                        "Create an anonymous cart");
    }

    private static String newCart(Http http) {
        Http.Answer created = http.json("POST", "/api/shop/carts", null);
        assertThat(created.status()).isEqualTo(201);
        return created.json().getString("id");
    }

    private static Http.Answer add(Http http, String cart, long variant, int quantity) {
        Http.Answer added = addAnswer(http, cart, variant, quantity);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added;
    }

    private static Http.Answer addAnswer(Http http, String cart, long variant, int quantity) {
        return http.json(
                "POST",
                "/api/shop/carts/" + cart + "/lines",
                "{\"variantId\":" + variant + ",\"quantity\":" + quantity + "}");
    }

    private static List<Long> lineIds(JsonObject cart) {
        return cart.getJsonArray("groups").stream()
                .flatMap(g -> ((JsonObject) g).getJsonArray("lines").stream())
                .map(l -> ((JsonObject) l).getJsonNumber("lineId").longValue())
                .toList();
    }

    private static String bearer(Http http, Mailbox mailbox, String who) {
        String email = Accounts.registerAndConfirm(http, mailbox, who);
        return Accounts.bearer(Accounts.tokenFor(http, email, Accounts.PASSWORD));
    }

    private static long cents(JsonObject object, String money) {
        return object.getJsonObject(money).getJsonNumber("cents").longValue();
    }

    private static String field(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        return answer.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
