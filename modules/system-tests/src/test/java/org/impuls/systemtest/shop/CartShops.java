package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.directory.Applicants;

/**
 * Three merchants of the city for the cart tests, made once per run the way merchants are made (register, apply, be
 * approved): a beekeeper and a drinks shop charging VAT, and a potter that is a small business (§ 19 UStG). Each test
 * puts products of its own on sale, so that tests do not share stock.
 */
final class CartShops {

    /** A merchant: its staff's token and its business. */
    record Shop(Applicants.Merchant merchant, long business, String name) {}

    /** A product on sale and its variants' ids, in the order given. */
    record OnSale(long id, List<Long> variants) {}

    /** One variant to put on sale; {@code stock} null: not tracked. */
    record Sku(String label, long priceCents, Integer stock) {}

    private static CartShops shops;
    private static final AtomicLong SKUS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    final Shop beekeeper;
    final Shop drinks;
    final Shop potter;

    private CartShops(Shop beekeeper, Shop drinks, Shop potter) {
        this.beekeeper = beekeeper;
        this.drinks = drinks;
        this.potter = potter;
    }

    static synchronized CartShops of(Http http, Mailbox mailbox, Database database) {
        if (shops == null) {
            Shop potter = shop(http, mailbox, "cart-potter", "Töpferei");
            database.update(
                    "update directory_business set vat_treatment = 'SMALL_BUSINESS' where id = ?", potter.business());
            shops = new CartShops(
                    shop(http, mailbox, "cart-bees", "Imkerei"),
                    shop(http, mailbox, "cart-drinks", "Getränke"),
                    potter);
        }
        return shops;
    }

    private static Shop shop(Http http, Mailbox mailbox, String who, String kind) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, who);
        String name = Applicants.uniqueName(kind);
        return new Shop(merchant, Applicants.approvedBusiness(http, mailbox, merchant, name), name);
    }

    /** Puts a product on sale: pick-up only, with this VAT rate, deposit and age limit. */
    static OnSale product(
            Http http, Shop shop, String title, int vatRate, int depositCents, int ageLimit, Sku... skus) {
        Http.Answer created = http.json(
                "POST",
                "/api/shop/backoffice/products",
                json(shop, title, vatRate, depositCents, ageLimit, skus),
                "Authorization",
                shop.merchant().bearer());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        JsonArray variants = http.get("/api/shop/products/" + id).json().getJsonArray("variants");
        return new OnSale(
                id,
                variants.stream()
                        .map(v -> ((JsonObject) v).getJsonNumber("id").longValue())
                        .toList());
    }

    /** The merchant changes the product's texts and prices as a whole (the backoffice's PUT), keeping its SKUs. */
    static void reprice(Http http, Shop shop, long productId, long newPriceCents) {
        JsonObject stored = http.get(
                        "/api/shop/backoffice/products/" + productId,
                        "Authorization",
                        shop.merchant().bearer())
                .json()
                .getJsonObject("product");
        var variants = Json.createArrayBuilder();
        for (var v : stored.getJsonArray("variants")) {
            variants.add(Json.createObjectBuilder((JsonObject) v).add("priceCents", newPriceCents));
        }
        String body = Json.createObjectBuilder(stored)
                .add("variants", variants)
                .build()
                .toString();
        Http.Answer saved = http.json(
                "PUT",
                "/api/shop/backoffice/products/" + productId,
                body,
                "Authorization",
                shop.merchant().bearer());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private static String json(Shop shop, String title, int vatRate, int depositCents, int ageLimit, Sku[] skus) {
        StringBuilder variants = new StringBuilder();
        for (Sku sku : skus) {
            if (variants.length() > 0) {
                variants.append(',');
            }
            variants.append("{\"sku\":\"C")
                    .append(SKUS.incrementAndGet())
                    .append("\",\"optionValues\":[\"")
                    .append(sku.label())
                    .append("\"],\"priceCents\":")
                    .append(sku.priceCents())
                    .append(",\"vatRate\":")
                    .append(vatRate)
                    .append(sku.stock() == null ? "" : ",\"stock\":" + sku.stock())
                    .append('}');
        }
        return "{\"businessId\":" + shop.business() + ",\"titleDe\":\"" + title + "\",\"titleEn\":\"" + title
                + "\",\"category\":\"feinkost\",\"food\":true,\"optionNames\":[\"Größe\"],\"depositCents\":"
                + depositCents + ",\"ageLimit\":" + ageLimit + ",\"pickup\":true,\"variants\":[" + variants + "]}";
    }
}
