package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.directory.Applicants;

/**
 * Three merchants for the checkout tests, made once per run the way merchants are made: a bakery for pick-up (open
 * around the clock, so that slots are always offered), a butcher delivering within 67655 for 3 €, a bookshop sending
 * parcels for 4.90 €; each with a bank account for bank transfers. Each test puts products of its own on sale.
 */
final class CheckoutShops {

    record Shop(Applicants.Merchant merchant, long business, String name) {}

    private static CheckoutShops shops;
    private static final AtomicLong SKUS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    final Shop bakery;
    final Shop butcher;
    final Shop bookshop;

    private CheckoutShops(Shop bakery, Shop butcher, Shop bookshop) {
        this.bakery = bakery;
        this.butcher = butcher;
        this.bookshop = bookshop;
    }

    static synchronized CheckoutShops of(Http http, Mailbox mailbox) {
        if (shops == null) {
            Shop bakery = shop(
                    http,
                    mailbox,
                    "co-bakery",
                    "Backhaus"); // not "Bäckerei": DirectorySearchIT counts the demo bakeries
            delivery(http, bakery, "{\"pickup\":true}");
            Shop butcher = shop(http, mailbox, "co-butcher", "Metzgerei");
            delivery(
                    http,
                    butcher,
                    "{\"pickup\":false,\"localDelivery\":true,\"localFeeCents\":300,\"localMinimumCents\":0,"
                            + "\"localPostalCodes\":\"67655\"}");
            Shop bookshop = shop(http, mailbox, "co-books", "Buchhandlung");
            delivery(http, bookshop, "{\"pickup\":false,\"parcel\":true,\"parcelFlatCents\":490}");
            shops = new CheckoutShops(bakery, butcher, bookshop);
        }
        return shops;
    }

    private static Shop shop(Http http, Mailbox mailbox, String who, String kind) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, who);
        String name = Applicants.uniqueName(kind);
        Shop shop = new Shop(merchant, Applicants.approvedBusiness(http, mailbox, merchant, name), name);
        String profile = "{\"name\":\"" + name
                + "\",\"kind\":\"COMMERCIAL\",\"categories\":[\"restaurants\"],\"street\":\"Marktstraße 1\","
                + "\"postalCode\":\"67655\",\"city\":\"Kaiserslautern\",\"openingHours\":\"Mo-Su 00:00-24:00\"}";
        ok(http.json(
                "PUT",
                "/api/directory/backoffice/businesses/" + shop.business(),
                profile,
                "Authorization",
                merchant.bearer()));
        ok(http.json(
                "PUT",
                "/api/shop/backoffice/businesses/" + shop.business() + "/payment-settings",
                "{\"accountHolder\":\"" + name + "\",\"iban\":\"DE89370400440532013000\",\"bic\":\"COBADEFFXXX\"}",
                "Authorization",
                merchant.bearer()));
        return shop;
    }

    private static void delivery(Http http, Shop shop, String settings) {
        ok(http.json(
                "PUT",
                "/api/shop/delivery/" + shop.business(),
                settings,
                "Authorization",
                shop.merchant().bearer()));
    }

    private static void ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    /**
     * Puts a product on sale with one variant: this price, VAT rate, deposit, age limit and stock (null: untracked),
     * deliverable the ways the merchant offers.
     *
     * @return the variant's id
     */
    static long product(
            Http http,
            Shop shop,
            String title,
            long priceCents,
            int vatRate,
            int depositCents,
            int ageLimit,
            Integer stock) {
        String body = "{\"businessId\":" + shop.business() + ",\"titleDe\":\"" + title + "\",\"titleEn\":\"" + title
                + "\",\"category\":\"feinkost\",\"food\":true,\"optionNames\":[],\"depositCents\":" + depositCents
                + ",\"ageLimit\":" + ageLimit + ",\"pickup\":true,\"localDelivery\":true,\"parcel\":true,"
                + "\"variants\":[{\"sku\":\"K" + SKUS.incrementAndGet() + "\",\"optionValues\":[],\"priceCents\":"
                + priceCents + ",\"vatRate\":" + vatRate + (stock == null ? "" : ",\"stock\":" + stock) + "}]}";
        Http.Answer created = http.json(
                "POST",
                "/api/shop/backoffice/products",
                body,
                "Authorization",
                shop.merchant().bearer());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        JsonArray variants = http.get("/api/shop/products/" + id).json().getJsonArray("variants");
        return variants.getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** A new anonymous cart holding these variants, one line each with the quantity given after each id. */
    static String cart(Http http, String bearer, long... variantsAndQuantities) {
        String[] auth = bearer == null ? new String[0] : new String[] {"Authorization", bearer};
        String id = bearer == null
                ? http.json("POST", "/api/shop/carts", null).json().getString("id")
                : http.get("/api/shop/carts/mine", auth).json().getString("id");
        for (int i = 0; i < variantsAndQuantities.length; i += 2) {
            Http.Answer added = http.json(
                    "POST",
                    "/api/shop/carts/" + id + "/lines",
                    "{\"variantId\":" + variantsAndQuantities[i] + ",\"quantity\":" + variantsAndQuantities[i + 1]
                            + "}",
                    auth);
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        }
        return id;
    }

    /** The first pick-up slot the cart offers for the business. */
    static String firstSlot(Http http, String cartId, long business, String... headers) {
        JsonObject options = http.get("/api/shop/carts/" + cartId + "/delivery-options?postalCode=67655", headers)
                .json();
        for (var merchant : options.getJsonArray("merchants")) {
            JsonObject m = (JsonObject) merchant;
            if (m.getJsonNumber("businessId").longValue() == business) {
                for (var option : m.getJsonArray("options")) {
                    JsonObject o = (JsonObject) option;
                    if (o.getString("method").equals("PICKUP")) {
                        return o.getJsonArray("slots").getString(0);
                    }
                }
            }
        }
        throw new AssertionError("no pick-up slot for " + business + " in " + options);
    }

    /** A checkout body to 67655 Kaiserslautern with these deliveries (JSON objects) and payment method. */
    static String body(String email, String paymentMethod, boolean confirmAge, List<String> deliveries) {
        return "{\"email\":\"" + email
                + "\",\"phone\":\"+49 631 123456\",\"billingAddress\":{\"name\":\"Erika Muster\","
                + "\"street\":\"Marktstraße 5\",\"postalCode\":\"67655\",\"city\":\"Kaiserslautern\",\"country\":\"DE\"},"
                + "\"deliveries\":[" + String.join(",", deliveries) + "],\"paymentMethod\":\"" + paymentMethod
                + "\",\"acceptTerms\":true,\"acceptSellerTerms\":true,\"confirmAge\":" + confirmAge + "}";
    }

    static String pickup(Shop shop, String slot) {
        return "{\"businessId\":" + shop.business() + ",\"method\":\"PICKUP\",\"pickupAt\":\"" + slot + "\"}";
    }

    static String delivered(Shop shop, String method) {
        return "{\"businessId\":" + shop.business() + ",\"method\":\"" + method + "\"}";
    }

    static Http.Answer checkout(Http http, String cartId, String key, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Idempotency-Key";
        all[1] = key;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.json("POST", "/api/shop/carts/" + cartId + "/checkout", body, all);
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    static long cents(JsonObject object, String field) {
        return object.getJsonObject(field).getJsonNumber("cents").longValue();
    }
}
