package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.directory.Applicants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Units held for orders waiting for payment cannot be bought: the product page, the lists and the "in stock" filter
 * show what is left of the merchant's count, and the merchant's new count keeps the reservations.
 */
@ExtendWith(Portal.class)
class StockAvailabilityIT {

    @Test
    void reservedUnitsAreNotShownAsAvailableAndTheMerchantsCountKeepsThem(
            Http http, Mailbox mailbox, Database database) {
        OnSale honey = honeyOnSale(http, mailbox, "stock", "Waldhonig", 3);
        Applicants.Merchant merchant = honey.merchant();
        long business = honey.business();
        String word = honey.word();
        String sku = honey.sku();
        long id = honey.id();

        // three orders wait for payment (what the checkout's reservations leave in the stock row)
        database.update(
                "update shop_variant_stock set reserved = 3 where variant_id = (select id from shop_variant where sku = ?)",
                sku);

        JsonObject variant = http.get("/api/shop/products/" + id)
                .json()
                .getJsonArray("variants")
                .getJsonObject(0);
        assertThat(variant.getInt("stock")).as("none left to buy").isZero();
        assertThat(variant.getBoolean("buyable")).isFalse();
        assertThat(http.get("/api/shop/products?q=" + word + "&inStock=true")
                        .json()
                        .getInt("total"))
                .isZero();
        JsonObject listed = http.get("/api/shop/products?q=" + word).json();
        assertThat(listed.getInt("total")).isEqualTo(1);
        assertThat(listed.getJsonArray("items").getJsonObject(0).getBoolean("inStock"))
                .as("the card says sold out")
                .isFalse();

        JsonObject stored = http.get("/api/shop/backoffice/products/" + id, "Authorization", merchant.bearer())
                .json();
        assertThat(stored.getJsonObject("product")
                        .getJsonArray("variants")
                        .getJsonObject(0)
                        .getInt("stock"))
                .as("the merchant sees the count, reserved units included")
                .isEqualTo(3);
        assertThat(http.json(
                                "PUT",
                                "/api/shop/backoffice/products/" + id,
                                honey(business, word, sku, 10),
                                "Authorization",
                                merchant.bearer())
                        .status())
                .isEqualTo(200);

        assertThat(database.single(
                        "select reserved from shop_variant_stock where variant_id = (select id from shop_variant where sku = ?)",
                        sku))
                .isEqualTo("3");
        variant = http.get("/api/shop/products/" + id)
                .json()
                .getJsonArray("variants")
                .getJsonObject(0);
        assertThat(variant.getInt("stock")).as("10 counted, 3 reserved").isEqualTo(7);
        assertThat(variant.getBoolean("buyable")).isTrue();
        assertThat(http.get("/api/shop/products?q=" + word + "&inStock=true")
                        .json()
                        .getInt("total"))
                .isEqualTo(1);
    }

    @Test
    void unitsOfAReservationWhoseTimeRanOutAreGivenBackByTheScheduledExpiry(
            Http http, Mailbox mailbox, Database database) throws InterruptedException {
        OnSale honey = honeyOnSale(http, mailbox, "expiry", "Heidehonig", 2);
        String sku = honey.sku();
        long id = honey.id();

        // an order reserved both units and was never paid: its time ran out a minute ago
        database.update(
                "update shop_variant_stock set reserved = 2 where variant_id = (select id from shop_variant where sku = ?)",
                sku);
        database.update(
                "insert into shop_stock_reservation (variant_id, quantity, reference, held_until, created_at) "
                        + "select id, 2, 'order:expiry-test', now() - interval '1 minute', now() - interval '16 minutes' from shop_variant where sku = ?",
                sku);

        String state = "HELD";
        for (int waited = 0; waited < 30 && "HELD".equals(state); waited++) {
            Thread.sleep(500);
            state = database.single("select state from shop_stock_reservation where reference = 'order:expiry-test'");
        }
        assertThat(state).as("the scheduled task expired the reservation").isEqualTo("EXPIRED");
        JsonObject variant = http.get("/api/shop/products/" + id)
                .json()
                .getJsonArray("variants")
                .getJsonObject(0);
        assertThat(variant.getInt("stock")).as("both units are for sale again").isEqualTo(2);
        assertThat(variant.getBoolean("buyable")).isTrue();
    }

    /** A new merchant's honey with this stock, found by a search word of its own. */
    private record OnSale(Applicants.Merchant merchant, long business, String word, String sku, long id) {}

    private static OnSale honeyOnSale(Http http, Mailbox mailbox, String who, String name, int stock) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, who);
        long business = Applicants.approvedBusiness(http, mailbox, merchant, Applicants.uniqueName("Imkerei"));
        String word = name + letters(System.nanoTime());
        String sku = name.toUpperCase(java.util.Locale.ROOT) + "-" + System.nanoTime() % 1_000_000;
        Http.Answer created = http.json(
                "POST",
                "/api/shop/backoffice/products",
                honey(business, word, sku, stock),
                "Authorization",
                merchant.bearer());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new OnSale(
                merchant,
                business,
                word,
                sku,
                created.json().getJsonNumber("id").longValue());
    }

    private static String honey(long business, String word, String sku, int stock) {
        return "{\"businessId\":" + business + ",\"titleDe\":\"" + word
                + " aus dem Pfälzerwald\",\"category\":\"feinkost\",\"food\":true,"
                + "\"pickup\":true,\"variants\":[{\"sku\":\"" + sku
                + "\",\"optionValues\":[],\"priceCents\":790,\"vatRate\":7,"
                + "\"stock\":" + stock + "}]}";
    }

    /** A number as letters, so that the search word is this test's own. */
    private static String letters(long number) {
        StringBuilder text = new StringBuilder();
        for (char digit : Long.toString(number % 100_000_000L).toCharArray()) {
            text.append((char) ('a' + digit - '0'));
        }
        return text.toString();
    }
}
