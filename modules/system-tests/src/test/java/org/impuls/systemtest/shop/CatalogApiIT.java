package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.directory.Applicants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue through the API: a merchant lists products with variants, prices are shown as German
 * law wants them, the search understands German, and nobody touches another merchant's products.
 */
@ExtendWith(Portal.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogApiIT {

    private Applicants.Merchant merchant;
    private Applicants.Merchant other;
    private long business;
    private long otherBusiness;

    @BeforeAll
    void twoSellers(Http http, Mailbox mailbox) {
        merchant = Applicants.register(http, mailbox, "shop-a");
        other = Applicants.register(http, mailbox, "shop-b");
        business = Applicants.approvedBusiness(http, mailbox, merchant, Applicants.uniqueName("Rösterei"));
        otherBusiness = Applicants.approvedBusiness(http, mailbox, other, Applicants.uniqueName("Weinhandel"));
    }

    @Test
    void aProductWithVariantsShowsGrossPricesWithVatAndBasePrice(Http http) {
        JsonObject created = create(http, merchant, coffee(business, "KAFFEE-" + System.nanoTime() % 100000, null))
                .json();
        long id = created.getJsonNumber("id").longValue();

        JsonObject details = http.get("/api/shop/products/" + id).json();

        assertThat(details.getString("title")).isEqualTo("Röstkaffee Pfälzerwald");
        assertThat(details.getJsonObject("seller").getString("profileUrl")).startsWith("/betriebe/");
        JsonObject small = details.getJsonArray("variants").getJsonObject(0);
        assertThat(small.getJsonArray("optionValues").getString(0)).isEqualTo("250 g");
        JsonObject price = small.getJsonObject("price");
        assertThat(price.getJsonObject("price").getInt("cents")).isEqualTo(549);
        assertThat(price.getInt("vatRatePercent")).isEqualTo(7);
        assertThat(price.getJsonObject("basePrice").getInt("cents"))
                .as("5.49 € per 250 g = 21.96 € per kg")
                .isEqualTo(2196);
        assertThat(price.getString("basePriceUnit")).isEqualTo("kg");
        assertThat(details.getJsonArray("allergens")).isEmpty();
    }

    @Test
    void aReductionCarriesTheLowestPriceOfThePrevious30Days(Http http, Database database) {
        String sku = "RED-" + System.nanoTime() % 100000;
        long id = create(http, merchant, coffee(business, sku, null))
                .json()
                .getJsonNumber("id")
                .longValue();
        // the regular price had been 4.99 € three weeks ago; today 5.49 €; now it is reduced to 4.49 €
        database.update(
                "update shop_price_history set effective_at = now() - interval '40 days' where variant_id = "
                        + "(select id from shop_variant where sku = ?)",
                sku);
        database.update(
                "insert into shop_price_history (variant_id, effective_at, price_cents) "
                        + "select id, now() - interval '21 days', 499 from shop_variant where sku = ?",
                sku);
        database.update(
                "insert into shop_price_history (variant_id, effective_at, price_cents) "
                        + "select id, now() - interval '7 days', 549 from shop_variant where sku = ?",
                sku);

        assertThat(http.json(
                                "PUT",
                                "/api/shop/backoffice/products/" + id,
                                coffee(business, sku, 449L),
                                "Authorization",
                                merchant.bearer())
                        .status())
                .isEqualTo(200);

        JsonObject price = http.get("/api/shop/products/" + id)
                .json()
                .getJsonArray("variants")
                .getJsonObject(0)
                .getJsonObject("price");
        assertThat(price.getJsonObject("price").getInt("cents")).isEqualTo(449);
        assertThat(price.getJsonObject("regularPrice").getInt("cents")).isEqualTo(549);
        assertThat(price.getJsonObject("lowestPrior30Days").getInt("cents")).isEqualTo(499);
    }

    @Test
    void aProductCreatedAlreadyReducedShowsAPlainPriceWithoutStrikeThrough(Http http) {
        long id = create(http, merchant, coffee(business, "NEU-" + System.nanoTime() % 100000, 449L))
                .json()
                .getJsonNumber("id")
                .longValue();

        JsonObject price = http.get("/api/shop/products/" + id)
                .json()
                .getJsonArray("variants")
                .getJsonObject(0)
                .getJsonObject("price");
        assertThat(price.getJsonObject("price").getInt("cents")).isEqualTo(449);
        assertThat(price.get("regularPrice")).as("5.49 € were never charged").isIn(null, JsonValue.NULL);
        assertThat(price.get("lowestPrior30Days")).isIn(null, JsonValue.NULL);
        String page = http.get("/produkte/" + id).body();
        assertThat(page).contains("4,49").doesNotContain("price__regular", "price__lowest", "<s>");
    }

    @Test
    void aProductAtTenEurosReducedToEightLaterShowsTheReductionAgainstTenEuros(Http http, Database database) {
        String sku = "ZEHN-" + System.nanoTime() % 100000;
        String tenEuros = coffee(business, sku, null).replace("\"priceCents\":549", "\"priceCents\":1000");
        long id = create(http, merchant, tenEuros).json().getJsonNumber("id").longValue();
        database.update(
                "update shop_price_history set effective_at = now() - interval '40 days' where variant_id = "
                        + "(select id from shop_variant where sku = ?)",
                sku);

        String eightEuros = tenEuros.replace("\"priceCents\":1000,", "\"priceCents\":1000,\"salePriceCents\":800,");
        assertThat(http.json(
                                "PUT",
                                "/api/shop/backoffice/products/" + id,
                                eightEuros,
                                "Authorization",
                                merchant.bearer())
                        .status())
                .isEqualTo(200);

        JsonObject price = http.get("/api/shop/products/" + id)
                .json()
                .getJsonArray("variants")
                .getJsonObject(0)
                .getJsonObject("price");
        assertThat(price.getJsonObject("price").getInt("cents")).isEqualTo(800);
        assertThat(price.getJsonObject("regularPrice").getInt("cents")).isEqualTo(1000);
        assertThat(price.getJsonObject("lowestPrior30Days").getInt("cents")).isEqualTo(1000);
        assertThat(http.get("/produkte/" + id).body()).contains("price__regular", "<s>10,00", "price__lowest");
    }

    @Test
    void demoProductsImportedReducedShowPlainPrices(Http http, Database database) {
        String id = database.single(
                "select v.product_id from shop_variant v join shop_product p on p.id = v.product_id "
                        + "where v.sale_price_cents is not null and p.status = 'ACTIVE' and v.sku like 'BM-%' order by v.id limit 1");
        assertThat(id).as("the demo catalogue has products with a sale price").isNotNull();

        JsonObject product = http.get("/api/shop/products/" + id).json();
        assertThat(product.getJsonArray("variants"))
                .allSatisfy(
                        v -> assertThat(v.asJsonObject().getJsonObject("price").get("regularPrice"))
                                .as("imported reduced, never charged more")
                                .isIn(null, JsonValue.NULL));
        assertThat(http.get("/produkte/" + id).body()).doesNotContain("price__regular");
    }

    @Test
    void theSearchUnderstandsGermanAndFiltersByPriceMerchantAndStock(Http http) {
        create(http, merchant, coffee(business, "SUCH-" + System.nanoTime() % 100000, null));

        JsonObject found = http.get("/api/shop/products?q=roestkaffee&merchant=" + business)
                .json();
        assertThat(found.getInt("total")).isGreaterThanOrEqualTo(1);
        assertThat(found.getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonObject("price")
                        .getBoolean("from"))
                .as("two prices: from …")
                .isTrue();
        assertThat(http.get("/api/shop/products?q=r%C3%B6stkaffees&merchant=" + business)
                        .json()
                        .getInt("total"))
                .isEqualTo(found.getInt("total"));
        assertThat(http.get("/api/shop/products?q=roestkaffee&merchant=" + business + "&minPrice=100000")
                        .json()
                        .getInt("total"))
                .isZero();
        assertThat(http.get("/api/shop/products?q=roestkaffee&merchant=" + otherBusiness)
                        .json()
                        .getInt("total"))
                .isZero();
        assertThat(found.getJsonArray("categories").toString()).contains("kaffee-tee", "lebensmittel");
        assertThat(http.get("/api/shop/products?minPrice=500&maxPrice=100").status())
                .isEqualTo(400);
        assertThat(http.get("/api/shop/products?sort=zufall").status()).isEqualTo(400);
    }

    @Test
    void badProductsAreRefusedFieldByField(Http http) {
        String noManufacturer =
                coffee(business, "X-" + System.nanoTime() % 100000, null).replace("\"food\":true", "\"food\":false");
        String saleAbovePrice = coffee(business, "Y-" + System.nanoTime() % 100000, 999L);
        String badVat =
                coffee(business, "Z-" + System.nanoTime() % 100000, null).replace("\"vatRate\":7", "\"vatRate\":16");

        assertThat(field(create(http, merchant, noManufacturer))).isEqualTo("manufacturer");
        assertThat(field(create(http, merchant, saleAbovePrice))).isEqualTo("variants[0].salePriceCents");
        assertThat(field(create(http, merchant, badVat))).isEqualTo("variants[0].vatRate");
        assertThat(field(create(http, merchant, coffee(business, "", null)))).startsWith("variants");
    }

    @Test
    void merchantsManageOnlyTheirOwnProducts(Http http) {
        long id = create(http, merchant, coffee(business, "OWN-" + System.nanoTime() % 100000, null))
                .json()
                .getJsonNumber("id")
                .longValue();

        assertThat(create(http, other, coffee(business, "FREMD-1", null)).status())
                .as("B creates for A")
                .isEqualTo(403);
        assertThat(http.json(
                                "PUT",
                                "/api/shop/backoffice/products/" + id,
                                coffee(business, "OWN-X", null),
                                "Authorization",
                                other.bearer())
                        .status())
                .as("B changes A's product")
                .isEqualTo(403);
        assertThat(http.json("DELETE", "/api/shop/backoffice/products/" + id, null, "Authorization", other.bearer())
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/shop/backoffice/products?business=" + business, "Authorization", other.bearer())
                        .status())
                .isEqualTo(403);
        assertThat(http.json("POST", "/api/shop/backoffice/products", coffee(business, "ANON-1", null))
                        .status())
                .isEqualTo(401);

        Http.Answer copy = http.json(
                "POST", "/api/shop/backoffice/products/" + id + "/copy", null, "Authorization", merchant.bearer());
        assertThat(copy.status()).isEqualTo(201);
        assertThat(copy.json().getJsonObject("product").getString("status")).isEqualTo("HIDDEN");
        assertThat(http.get("/api/shop/products/" + copy.json().getJsonNumber("id"))
                        .status())
                .as("hidden copy")
                .isEqualTo(404);
        assertThat(http.json("DELETE", "/api/shop/backoffice/products/" + id, null, "Authorization", merchant.bearer())
                        .status())
                .isEqualTo(204);
        assertThat(http.get("/api/shop/products/" + id).status()).isEqualTo(404);
    }

    @Test
    void theMerchantsDeliveryCostsAreSetByTheMerchantAndShownOnTheProfile(Http http) {
        create(http, merchant, coffee(business, "LIEF-" + System.nanoTime() % 100000, null));
        String settings = "{\"pickup\":true,\"localDelivery\":true,\"localFeeCents\":250,\"localMinimumCents\":1000,"
                + "\"localPostalCodes\":\"67655-67663\",\"parcel\":true,\"parcelFlatCents\":590,\"parcelFreeFromCents\":6000}";

        assertThat(http.json("PUT", "/api/shop/delivery/" + business, settings, "Authorization", other.bearer())
                        .status())
                .isEqualTo(403);
        assertThat(http.json(
                                "PUT",
                                "/api/shop/delivery/" + business,
                                "{\"pickup\":false}",
                                "Authorization",
                                merchant.bearer())
                        .status())
                .as("no way to get the goods")
                .isEqualTo(400);
        assertThat(http.json(
                                "PUT",
                                "/api/shop/delivery/" + business,
                                settings.replace("67655-67663", "überall"),
                                "Authorization",
                                merchant.bearer())
                        .status())
                .isEqualTo(400);
        assertThat(http.json("PUT", "/api/shop/delivery/" + business, settings, "Authorization", merchant.bearer())
                        .status())
                .isEqualTo(200);

        assertThat(http.get("/api/shop/delivery/" + business).json().getInt("parcelFreeFromCents"))
                .isEqualTo(6000);
        String slug = http.get("/api/directory/backoffice/businesses/" + business, "Authorization", merchant.bearer())
                .json()
                .getString("slug");
        assertThat(http.get("/betriebe/" + slug).body()).contains("id=\"delivery\"", "5,90", "60,00", "67655-67663");
    }

    @Test
    void productImagesAreUploadedShownAndRemovedByTheirMerchantOnly(Http http) {
        long id = create(http, merchant, coffee(business, "BILD-" + System.nanoTime() % 100000, null))
                .json()
                .getJsonNumber("id")
                .longValue();
        String images = "/api/shop/backoffice/products/" + id + "/images";

        Http.Answer uploaded = org.impuls.systemtest.Images.upload(
                http,
                "POST",
                images + "?filename=kaffee.jpg",
                org.impuls.systemtest.Images.photo(1200, 900, "jpeg"),
                "image/jpeg",
                merchant.bearer());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(org.impuls.systemtest.Images.upload(
                                http,
                                "POST",
                                images,
                                org.impuls.systemtest.Images.photo(50, 50, "png"),
                                "image/png",
                                other.bearer())
                        .status())
                .as("B adds to A's product")
                .isEqualTo(403);
        assertThat(org.impuls.systemtest.Images.upload(
                                http, "POST", images, "<html>".getBytes(), "image/jpeg", merchant.bearer())
                        .status())
                .isEqualTo(400);

        JsonObject details = http.get("/api/shop/products/" + id).json();
        assertThat(details.getJsonArray("imageUrls")).hasSize(1);
        assertThat(http.get(details.getJsonArray("imageUrls").getString(0)).status())
                .isEqualTo(200);

        long mediaId = uploaded.json().getJsonNumber("id").longValue();
        assertThat(http.json("DELETE", images + "/" + mediaId, null, "Authorization", other.bearer())
                        .status())
                .isEqualTo(403);
        assertThat(http.json("DELETE", images + "/" + mediaId, null, "Authorization", merchant.bearer())
                        .status())
                .isEqualTo(204);
        assertThat(http.get("/api/shop/products/" + id).json().getJsonArray("imageUrls"))
                .isEmpty();
    }

    private static Http.Answer create(Http http, Applicants.Merchant who, String json) {
        return http.json("POST", "/api/shop/backoffice/products", json, "Authorization", who.bearer());
    }

    private static String field(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        return answer.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    /** Coffee in two sizes; the first size reduced to {@code saleCents} when given. */
    private static String coffee(long businessId, String sku, Long saleCents) {
        return "{\"businessId\":" + businessId
                + ",\"titleDe\":\"Röstkaffee Pfälzerwald\",\"titleEn\":\"Palatinate Forest coffee\","
                + "\"descriptionDe\":\"Langsam geröstet.\",\"category\":\"kaffee-tee\",\"tags\":\"bio, fair\",\"food\":true,"
                + "\"ingredients\":\"100 % Arabica\",\"optionNames\":[\"Größe\"],\"pickup\":true,\"parcel\":true,\"deliveryDays\":\"2-3\","
                + "\"variants\":[{\"sku\":\"" + sku + "\",\"optionValues\":[\"250 g\"],\"priceCents\":549,"
                + (saleCents == null ? "" : "\"salePriceCents\":" + saleCents + ",")
                + "\"vatRate\":7,\"contentAmount\":250,\"contentUnit\":\"g\",\"stock\":20},"
                + "{\"sku\":\"" + sku
                + "-1KG\",\"optionValues\":[\"1 kg\"],\"priceCents\":1899,\"vatRate\":7,\"contentAmount\":1,"
                + "\"contentUnit\":\"kg\"}]}";
    }
}
