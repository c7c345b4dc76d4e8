package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo data of the shop (the system-test portal runs in demo mode): the demo customer's two orders, and every demo
 * merchant with products sells something for pick-up, has opening hours and payment settings.
 */
@ExtendWith(Portal.class)
class DemoOrdersIT {

    /** The merchants of {@code demo/products.csv}. */
    private static final List<String> SELLERS = List.of(
            "backhaus-am-stiftsplatz",
            "baeckerei-mueller",
            "bluetenwerk",
            "blumen-lindner",
            "brauhaus-lauterbraeu",
            "buchhandlung-blaettchen",
            "hofladen-erlenbach",
            "kaeserei-pfaelzer-bergland",
            "kaffeeroesterei-lautertal",
            "landmetzgerei-dansenberg",
            "metzgerei-kuhn",
            "metzgerei-weber",
            "obsthof-morlautern",
            "schreinerei-holzwerk-kahl",
            "unverpackt-kaiserslautern",
            "vinothek-lauterstolz",
            "weinhandlung-pfalzgraf");

    @Test
    void theDemoCustomerHasItsTwoOrdersWithTheirMerchants(Http http) {
        String bearer = Accounts.bearer(Accounts.tokenFor(http, "kunde@impuls.example", "kunde-demo"));
        Http.Answer mine = http.get("/api/shop/orders?size=100", "Authorization", bearer);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        JsonArray items = mine.json().getJsonArray("items");
        // newest first: the demo orders were placed at start, before any test could order as the demo customer
        assertThat(items.size()).isGreaterThanOrEqualTo(2);
        JsonObject bread = order(http, bearer, items.getJsonObject(items.size() - 2));
        JsonObject book = order(http, bearer, items.getJsonObject(items.size() - 1));
        if (seller(bread).getString("businessName").startsWith("Buchhandlung")) {
            JsonObject swap = bread;
            bread = book;
            book = swap;
        }

        assertThat(seller(bread).getString("businessName")).isEqualTo("Bäckerei Müller");
        assertThat(seller(bread).getJsonObject("delivery").getString("method")).isEqualTo("PICKUP");
        assertThat(bread.getJsonObject("payment").getString("method")).isEqualTo("pay-at-pickup");
        assertThat(seller(book).getString("businessName")).isEqualTo("Buchhandlung Blättchen");
        assertThat(seller(book).getJsonObject("delivery").getString("method")).isEqualTo("PARCEL");
        assertThat(book.getJsonObject("payment").getString("method")).isEqualTo("bank-transfer");
        // the payment timeout (every second here) leaves the pick-up open until after its day; the bank transfer is
        // due after 7 days in the demo, but after 35 s in this portal (Portal), so its state is not asserted
        assertThat(bread.getString("state")).isEqualTo("PLACED");
    }

    @Test
    void everyDemoMerchantWithProductsSellsForPickupWithHoursAndPaymentSettings(Http http, Database db) {
        for (String slug : SELLERS) {
            String id = db.single("select id from directory_business where slug = ?", slug);
            assertThat(id).as(slug).isNotNull();
            JsonObject pickup = http.get("/api/shop/products?delivery=PICKUP&inStock=true&size=1&merchant=" + id)
                    .json();
            assertThat(pickup.getJsonNumber("total").longValue())
                    .as(slug + " sells something for pick-up")
                    .isPositive();
            assertThat(db.single("select opening_hours from directory_business where id = ?", Long.valueOf(id)))
                    .as(slug + " has opening hours")
                    .isNotBlank();
            assertThat(db.single("select count(*) from shop_payment_settings where business_id = ?", Long.valueOf(id)))
                    .as(slug + " has payment settings")
                    .isEqualTo("1");
        }
    }

    private static JsonObject order(Http http, String bearer, JsonObject summary) {
        Http.Answer answer = http.get("/api/shop/orders/" + summary.getString("number"), "Authorization", bearer);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonObject seller(JsonObject order) {
        JsonArray sellers = order.getJsonArray("sellerOrders");
        assertThat(sellers).hasSize(1);
        return sellers.getJsonObject(0);
    }
}
