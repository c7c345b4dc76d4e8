package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.directory.Applicants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The operator manages the shop's category tree; products are found by the names it gives, at once. */
@ExtendWith(Portal.class)
class ShopCategoriesIT {

    private static final String CATEGORIES = "/api/shop/categories";

    @Test
    void aRenamedCategoryFindsItsProductsByTheNewNameAndStaysWhileInUse(Http http, Mailbox mailbox) {
        String operator = Applicants.operator(http);
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "shop-category");
        long business = Applicants.approvedBusiness(http, mailbox, merchant, Applicants.uniqueName("Hofladen"));
        // the database lives as long as the build: words of their own keep runs and other tests apart
        String oldName = word("Kisten");
        String newName = word("Steigen");
        String newEnglish = word("Crates");

        Http.Answer added = http.json(
                "POST",
                CATEGORIES,
                "{\"parent\":\"lebensmittel\",\"nameDe\":\"" + oldName + "\",\"nameEn\":\"" + word("Boxes") + "\"}",
                "Authorization",
                operator);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String slug = added.json().getString("slug");
        assertThat(http.get(CATEGORIES).jsonArray().stream()
                        .map(JsonObject.class::cast)
                        .filter(top -> top.getString("slug").equals("lebensmittel"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonArray("children")
                        .toString())
                .contains("\"slug\":\"" + slug + "\"", oldName);

        Http.Answer product = http.json(
                "POST", "/api/shop/backoffice/products", apples(business, slug), "Authorization", merchant.bearer());
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        long productId = product.json().getJsonNumber("id").longValue();
        assertThat(total(http, oldName)).isEqualTo(1);
        assertThat(total(http, newName))
                .as("asked before the rename, so that an answer is kept")
                .isZero();

        JsonObject renamed = http.json(
                        "PUT",
                        CATEGORIES + "/" + slug,
                        "{\"nameDe\":\"" + newName + "\",\"nameEn\":\"" + newEnglish + "\"}",
                        "Authorization",
                        operator)
                .json();
        assertThat(renamed.getString("nameDe")).isEqualTo(newName);
        assertThat(total(http, newName)).as("found by the new German name").isEqualTo(1);
        assertThat(total(http, newEnglish)).as("found by the new English name").isEqualTo(1);
        assertThat(total(http, oldName))
                .as("the kept answer for the old name is forgotten")
                .isZero();

        Http.Answer inUse = http.json("DELETE", CATEGORIES + "/" + slug, null, "Authorization", operator);
        assertThat(inUse.status()).as("in use").isEqualTo(409);
        assertThat(inUse.contentType()).startsWith("application/problem+json");
        assertThat(http.json("DELETE", CATEGORIES + "/lebensmittel", null, "Authorization", operator)
                        .status())
                .as("has sub-categories")
                .isEqualTo(409);

        assertThat(http.json(
                                "DELETE",
                                "/api/shop/backoffice/products/" + productId,
                                null,
                                "Authorization",
                                merchant.bearer())
                        .status())
                .isEqualTo(204);
        assertThat(http.json("DELETE", CATEGORIES + "/" + slug, null, "Authorization", operator)
                        .status())
                .as("unused now")
                .isEqualTo(204);
        assertThat(http.get(CATEGORIES).body()).doesNotContain("\"slug\":\"" + slug + "\"");
    }

    @Test
    void onlyOperatorsChangeTheTreeAndBadNamesAreRefused(Http http, Mailbox mailbox) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "shop-category-rights");
        String operator = Applicants.operator(http);
        String spam = "{\"nameDe\":\"Spam\",\"nameEn\":\"Spam\"}";

        assertThat(http.json("POST", CATEGORIES, spam, "Authorization", merchant.bearer())
                        .status())
                .isEqualTo(403);
        assertThat(http.json("POST", CATEGORIES, spam).status()).isEqualTo(401);
        assertThat(http.json("PUT", CATEGORIES + "/wein", spam, "Authorization", merchant.bearer())
                        .status())
                .isEqualTo(403);
        assertThat(http.json("DELETE", CATEGORIES + "/wein", null, "Authorization", merchant.bearer())
                        .status())
                .isEqualTo(403);

        Http.Answer unnamed =
                http.json("POST", CATEGORIES, "{\"nameDe\":\" \",\"nameEn\":\"x\"}", "Authorization", operator);
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("nameDe");
        Http.Answer tooDeep = http.json(
                "POST",
                CATEGORIES,
                "{\"parent\":\"wein\",\"nameDe\":\"Rotwein\",\"nameEn\":\"Red wine\"}",
                "Authorization",
                operator);
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("parent");
        assertThat(http.json("PUT", CATEGORIES + "/gibt-es-nicht", spam, "Authorization", operator)
                        .status())
                .isEqualTo(404);
    }

    private static int total(Http http, String query) {
        return http.get("/api/shop/products?q=" + query).json().getInt("total");
    }

    /** A word nobody else uses: the prefix and eight random letters. */
    private static String word(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> word.append((char) c));
        return word.toString();
    }

    /** Apples by the kilo, in the given category. */
    private static String apples(long businessId, String category) {
        return "{\"businessId\":" + businessId + ",\"titleDe\":\"Tafeläpfel Boskoop\",\"titleEn\":\"Boskoop apples\","
                + "\"descriptionDe\":\"Vom Hof.\",\"category\":\"" + category
                + "\",\"food\":true,\"ingredients\":\"Äpfel\","
                + "\"optionNames\":[],\"pickup\":true,\"variants\":[{\"sku\":\"APFEL-" + System.nanoTime() % 100000
                + "\","
                + "\"optionValues\":[],\"priceCents\":399,\"vatRate\":7,\"contentAmount\":1,\"contentUnit\":\"kg\",\"stock\":50}]}";
    }
}
