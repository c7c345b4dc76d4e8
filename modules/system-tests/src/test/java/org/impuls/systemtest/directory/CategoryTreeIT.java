package org.impuls.systemtest.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The operator manages the category tree; businesses are found by the names it gives. */
@ExtendWith(Portal.class)
class CategoryTreeIT {

    @Test
    void anAddedAndRenamedCategoryIsSearchableAndCannotBeRemovedWhileInUse(Http http, Mailbox mailbox) {
        String operator = Applicants.operator(http);
        Http.Answer added = http.json(
                "POST",
                "/api/directory/categories",
                "{\"parent\":\"einzelhandel\",\"nameDe\":\"Imkereien\",\"nameEn\":\"Beekeepers\"}",
                "Authorization",
                operator);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String slug = added.json().getString("slug");
        assertThat(http.get("/api/directory/categories").body()).contains("\"slug\":\"" + slug + "\"", "Imkereien");

        Applicants.Merchant merchant = Applicants.register(http, mailbox, "category");
        long id = Applicants.apply(
                        http,
                        merchant,
                        Applicants.application(Applicants.uniqueName("Honig"), "COMMERCIAL", 1, 1, "67655")
                                .replace("restaurants", slug))
                .getJsonNumber("id")
                .longValue();
        Applicants.decide(http, operator, id, "APPROVE", null);
        // other tests' businesses may be called "Imkerei …": this one is found by its category's name
        assertThat(idsFound(http, "imkerei")).as("found by the category's name").contains(id);

        JsonObject renamed = http.json(
                        "PUT",
                        "/api/directory/categories/" + slug,
                        "{\"nameDe\":\"Honig und Imkerei\",\"nameEn\":\"Honey\"}",
                        "Authorization",
                        operator)
                .json();
        assertThat(renamed.getString("nameDe")).isEqualTo("Honig und Imkerei");
        assertThat(total(http, "honey")).as("found by the new English name").isGreaterThanOrEqualTo(1);
        assertThat(http.get("/api/directory/businesses?category=" + slug).json().getInt("total"))
                .isEqualTo(1);

        assertThat(http.json("DELETE", "/api/directory/categories/" + slug, null, "Authorization", operator)
                        .status())
                .as("in use")
                .isEqualTo(409);
        assertThat(http.json("DELETE", "/api/directory/categories/einzelhandel", null, "Authorization", operator)
                        .status())
                .as("has sub-categories")
                .isEqualTo(409);
    }

    @Test
    void onlyOperatorsChangeTheTreeAndBadNamesAreRefused(Http http, Mailbox mailbox) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "category-rights");
        String operator = Applicants.operator(http);

        assertThat(http.json(
                                "POST",
                                "/api/directory/categories",
                                "{\"nameDe\":\"Spam\",\"nameEn\":\"Spam\"}",
                                "Authorization",
                                merchant.bearer())
                        .status())
                .isEqualTo(403);
        assertThat(http.json("DELETE", "/api/directory/categories/cafes", null, "Authorization", merchant.bearer())
                        .status())
                .isEqualTo(403);
        Http.Answer unnamed = http.json(
                "POST", "/api/directory/categories", "{\"nameDe\":\" \",\"nameEn\":\"x\"}", "Authorization", operator);
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("nameDe");
        Http.Answer tooDeep = http.json(
                "POST",
                "/api/directory/categories",
                "{\"parent\":\"baeckereien\",\"nameDe\":\"Brezeln\",\"nameEn\":\"Pretzels\"}",
                "Authorization",
                operator);
        assertThat(tooDeep.status()).isEqualTo(400);

        Http.Answer spare = http.json(
                "POST",
                "/api/directory/categories",
                "{\"nameDe\":\"Leerstand\",\"nameEn\":\"Vacant\"}",
                "Authorization",
                operator);
        assertThat(http.json(
                                "DELETE",
                                "/api/directory/categories/" + spare.json().getString("slug"),
                                null,
                                "Authorization",
                                operator)
                        .status())
                .as("an unused category goes")
                .isEqualTo(204);
    }

    @Test
    void aCategoryMovesLastUnderAnotherParentButNeverUnderItselfAndTheTreeShowsWhere(Http http) {
        String operator = Applicants.operator(http);
        String slug = http.json(
                        "POST",
                        "/api/directory/categories",
                        "{\"parent\":\"einzelhandel\",\"nameDe\":\"Töpfereien\",\"nameEn\":\"Potteries\"}",
                        "Authorization",
                        operator)
                .json()
                .getString("slug");

        Http.Answer moved = http.json(
                "PUT",
                "/api/directory/categories/" + slug + "/parent",
                "{\"parent\":\"handwerk\"}",
                "Authorization",
                operator);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().getString("parent")).isEqualTo("handwerk");
        JsonObject crafts = http.get("/api/directory/categories").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(top -> top.getString("slug").equals("handwerk"))
                .findFirst()
                .orElseThrow();
        assertThat(crafts.getJsonArray("children").getValuesAs(JsonObject.class))
                .last()
                .satisfies(last ->
                        assertThat(last.getString("slug")).as("placed last").isEqualTo(slug));

        Http.Answer underItsOwn = http.json(
                "PUT",
                "/api/directory/categories/handwerk/parent",
                "{\"parent\":\"" + slug + "\"}",
                "Authorization",
                operator);
        assertThat(underItsOwn.status()).isEqualTo(400);
        assertThat(underItsOwn.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("parent");
        assertThat(http.json("PUT", "/api/directory/categories/" + slug + "/parent", "{\"parent\":\"handwerk\"}")
                        .status())
                .as("operators only")
                .isEqualTo(401);

        assertThat(http.json(
                                "PUT",
                                "/api/directory/categories/" + slug + "/parent",
                                "{\"parent\":null}",
                                "Authorization",
                                operator)
                        .json()
                        .getString("parent", null))
                .as("moved to the top")
                .isNull();
        assertThat(http.json("DELETE", "/api/directory/categories/" + slug, null, "Authorization", operator)
                        .status())
                .isEqualTo(204);
    }

    private static java.util.List<Long> idsFound(Http http, String query) {
        return http
                .get("/api/directory/businesses?size=100&q=" + query)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(item -> item.getJsonNumber("id").longValue())
                .toList();
    }

    private static int total(Http http, String query) {
        return http.get("/api/directory/businesses?q=" + query).json().getInt("total");
    }
}
