package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shop's demo data (the system-test portal runs in demo mode): the demo customer's two orders, seen through the
 * customer's REST API and by the merchant, and every demo merchant that sells has something in stock to pick up, hours
 * and payment settings.
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
    void theDemoCustomerSeesItsTwoOrdersAndTheBakerySeesItsPart(Http http, Database db) {
        String bearer = Accounts.bearer(Accounts.tokenFor(http, "kunde@impuls.example", "kunde-demo"));
        Http.Answer mine = http.get("/api/shop/orders?size=100", "Authorization", bearer);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        JsonArray items = mine.json().getJsonArray("items");
        // newest first: the demo orders were placed at start, before any test could order as the demo customer
        assertThat(items.size()).isGreaterThanOrEqualTo(2);
        JsonObject bread = order(http, bearer, items.getJsonObject(items.size() - 1));
        JsonObject two = order(http, bearer, items.getJsonObject(items.size() - 2));

        JsonArray bakery = bread.getJsonArray("sellerOrders");
        assertThat(bakery).hasSize(1);
        assertThat(bakery.getJsonObject(0).getString("businessName")).isEqualTo("Bäckerei Müller");
        assertThat(bakery.getJsonObject(0)
                        .getJsonArray("lines")
                        .getJsonObject(0)
                        .getInt("quantity"))
                .isEqualTo(2);
        assertThat(businessNames(two))
                .as("one checkout at two merchants: two seller orders")
                .containsExactlyInAnyOrder("Buchhandlung Blättchen", "Käserei Pfälzer Bergland");
        for (JsonObject order : List.of(bread, two)) {
            // pay at pick-up: open until the end of the pick-up day, also under the tests' short bank-transfer time
            assertThat(order.getString("state")).as(order.getString("number")).isEqualTo("PLACED");
            assertThat(order.getJsonObject("payment").getString("method")).isEqualTo("pay-at-pickup");
            for (JsonValue seller : order.getJsonArray("sellerOrders")) {
                JsonObject delivery = seller.asJsonObject().getJsonObject("delivery");
                assertThat(delivery.getString("method")).isEqualTo("PICKUP");
                assertThat(delivery.getString("pickupAt")).isNotBlank();
            }
        }

        String bakeryId = db.single("select id from directory_business where slug = ?", "baeckerei-mueller");
        String merchant = Accounts.bearer(Accounts.tokenFor(http, "haendler@impuls.example", "haendler-demo"));
        Http.Answer list =
                http.get("/api/shop/backoffice/businesses/" + bakeryId + "/orders?size=100", "Authorization", merchant);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.body())
                .as("the demo merchant's order list")
                .contains(bakery.getJsonObject(0).getString("number"))
                .doesNotContain(two.getString("number") + "-");
    }

    @Test
    void everyDemoMerchantSellsSomethingToPickUpAndHasHoursAndPaymentSettings(Http http, Database db) {
        Set<String> openNow = new HashSet<>();
        for (JsonValue business : http.get("/api/directory/businesses?openNow=true&size=100")
                .json()
                .getJsonArray("items")) {
            openNow.add(business.asJsonObject().getString("slug"));
        }
        for (String slug : SELLERS) {
            String id = db.single("select id from directory_business where slug = ?", slug);
            assertThat(id).as(slug).isNotNull();
            assertThat(total(http, "/api/shop/products?delivery=PICKUP&inStock=true&size=1&merchant=" + id))
                    .as(slug + " sells something in stock for pick-up")
                    .isPositive();
            assertThat(db.single("select opening_hours from directory_business where id = ?", Long.valueOf(id)))
                    .as(slug + " has opening hours")
                    .isNotBlank();
            assertThat(db.single("select count(*) from shop_payment_settings where business_id = ?", Long.valueOf(id)))
                    .as(slug + " has payment settings")
                    .isEqualTo("1");
            // "today" depends on the clock: a merchant open at this moment must be found by "Heute abholen"
            if (openNow.contains(slug)) {
                assertThat(total(http, "/api/shop/products?pickupToday=true&size=1&merchant=" + id))
                        .as(slug + " is open now and so offers pick-up today")
                        .isPositive();
            }
        }
    }

    private static long total(Http http, String path) {
        Http.Answer answer = http.get(path);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.json().getJsonNumber("total").longValue();
    }

    private static List<String> businessNames(JsonObject order) {
        return order.getJsonArray("sellerOrders").stream()
                .map(seller -> seller.asJsonObject().getString("businessName"))
                .toList();
    }

    private static JsonObject order(Http http, String bearer, JsonObject summary) {
        Http.Answer answer = http.get("/api/shop/orders/" + summary.getString("number"), "Authorization", bearer);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
