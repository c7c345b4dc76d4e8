package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.BrowserJourney;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.impuls.systemtest.directory.Applicants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The operator sets the marketplace's default commission and a seller's own percentage, by REST and on the admin
 * page; bad values are refused naming the field; merchants cannot; every change is in the audit log. Each test puts
 * the default back as it found it, for the tests that place orders.
 */
@ExtendWith(Portal.class)
class CommissionIT extends BrowserJourney {

    private static final String COMMISSION = "/api/shop/admin/commission";
    private static final String PAGE = "/admin/shop/commission.xhtml";

    @Test
    void theOperatorSetsTheDefaultAndASellersOwnPercentageByRest(Http http, Mailbox mailbox) {
        String operator = Applicants.operator(http);
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "commission-rest");
        long business = Applicants.approvedBusiness(http, mailbox, merchant, Applicants.uniqueName("Provisionsladen"));
        String before = overview(http, operator).getString("defaultPercent");
        try {
            Http.Answer changed = percent(http, "PUT", COMMISSION + "/default", "4.75", operator);
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.json().getString("defaultPercent")).isEqualTo("4.75");
            assertThat(inForce(http, business, operator).getString("percent"))
                    .as("a seller without its own percentage pays the default")
                    .isEqualTo("4.75");

            for (String bad : List.of("30.01", "-1", "4.755", "abc", "")) {
                Http.Answer refused = percent(http, "PUT", COMMISSION + "/default", bad, operator);
                assertThat(refused.status()).as(bad).isEqualTo(400);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refusedField(refused)).as(bad).isEqualTo("percent");
            }
            assertThat(http.json("PUT", COMMISSION + "/default", "{}", "Authorization", operator)
                            .status())
                    .isEqualTo(400);
            assertThat(overview(http, operator).getString("defaultPercent"))
                    .as("a refused value changes nothing")
                    .isEqualTo("4.75");

            Http.Answer own = percent(http, "PUT", COMMISSION + "/businesses/" + business, "3,5", operator);
            assertThat(own.status()).as(own.body()).isEqualTo(200);
            assertThat(own.json().getString("percent")).isEqualTo("3.50");
            Http.Answer ownRefused = percent(http, "PUT", COMMISSION + "/businesses/" + business, "31", operator);
            assertThat(refusedField(ownRefused)).isEqualTo("percent");
            JsonObject seller = inForce(http, business, operator);
            assertThat(seller.getString("percent")).isEqualTo("3.50");
            assertThat(seller.getBoolean("own")).isTrue();
            assertThat(overview(http, operator).getJsonArray("overrides").getValuesAs(JsonObject.class))
                    .anySatisfy(o -> {
                        assertThat(o.getJsonNumber("businessId").longValue()).isEqualTo(business);
                        assertThat(o.getString("percent")).isEqualTo("3.50");
                    });
            assertThat(percent(http, "PUT", COMMISSION + "/businesses/999999999", "2", operator)
                            .status())
                    .as("no such business")
                    .isEqualTo(404);

            // merchants and customers may not, not even for their own business
            String bearer = merchant.bearer();
            assertThat(http.get(COMMISSION, "Authorization", bearer).status()).isEqualTo(403);
            assertThat(percent(http, "PUT", COMMISSION + "/default", "0", bearer)
                            .status())
                    .isEqualTo(403);
            assertThat(percent(http, "PUT", COMMISSION + "/businesses/" + business, "0", bearer)
                            .status())
                    .isEqualTo(403);
            assertThat(http.json("DELETE", COMMISSION + "/businesses/" + business, null, "Authorization", bearer)
                            .status())
                    .isEqualTo(403);
            assertThat(http.get(COMMISSION).status()).isEqualTo(401);
            assertThat(inForce(http, business, operator).getString("percent"))
                    .as("the merchant changed nothing")
                    .isEqualTo("3.50");
            String session = http.logIn(merchant.email(), Accounts.PASSWORD);
            Http.Answer page = http.get(PAGE, "Cookie", session);
            assertThat(page.status()).as("the page by direct URL").isEqualTo(403);
            assertThat(page.body()).doesNotContain("sellers:row");

            Http.Answer removed =
                    http.json("DELETE", COMMISSION + "/businesses/" + business, null, "Authorization", operator);
            assertThat(removed.status()).isEqualTo(204);
            seller = inForce(http, business, operator);
            assertThat(seller.getString("percent")).as("back to the default").isEqualTo("4.75");
            assertThat(seller.getBoolean("own")).isFalse();
            assertThat(overview(http, operator).getJsonArray("overrides").getValuesAs(JsonObject.class))
                    .noneSatisfy(o -> assertThat(o.getJsonNumber("businessId").longValue())
                            .isEqualTo(business));

            List<JsonObject> audit = audit(http, operator);
            String target = "business:" + business;
            assertThat(audit)
                    .as("newest first: the removal, then the own percentage")
                    .filteredOn(e -> e.getString("target", "").equals(target)
                            && e.getString("action").startsWith("shop.commission."))
                    .extracting(e -> e.getString("action") + " " + e.getString("detail", ""))
                    .containsExactly(
                            "shop.commission.seller.removed the default again",
                            "shop.commission.seller.changed 3.50 %");
            assertThat(audit)
                    .extracting(e -> e.getString("action") + " " + e.getString("detail", ""))
                    .contains("shop.commission.default.changed 4.75 %");
        } finally {
            percent(http, "PUT", COMMISSION + "/default", before, operator);
        }
    }

    @Test
    void theOperatorSetsTheCommissionOnThePageAndIsToldOffBesideTheField(
            RunningPortal portal, Http http, Mailbox mailbox) {
        String operator = Applicants.operator(http);
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "commission-page");
        String name = Applicants.uniqueName("Provisionsstube");
        long business = Applicants.approvedBusiness(http, mailbox, merchant, name);
        String before = overview(http, operator).getString("defaultPercent");
        try {
            browser.get(portal.baseUrl() + PAGE);
            visible("login:email").sendKeys(Applicants.OPERATOR);
            browser.findElement(By.id("login:password")).sendKeys("operator-demo");
            browser.findElement(By.id("login:submit")).click();

            type(visible("default:percent"), "31");
            browser.findElement(By.id("default:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("default"), "0 bis 30"));
            assertThat(visible("default:percent").getAttribute("value"))
                    .as("what was typed stays")
                    .isEqualTo("31");
            assertThat(overview(http, operator).getString("defaultPercent")).isEqualTo(before);

            type(visible("default:percent"), "4,5");
            browser.findElement(By.id("default:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "4,50"));
            assertThat(overview(http, operator).getString("defaultPercent")).isEqualTo("4.50");

            type(sellerField(business), "abc");
            browser.findElement(By.cssSelector("button[data-business='" + business + "']"))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElement(row(business), "0 bis 30"));
            assertThat(sellerField(business).getAttribute("value")).isEqualTo("abc");
            assertThat(inForce(http, business, operator).getBoolean("own")).isFalse();

            type(sellerField(business), "2,25");
            browser.findElement(By.cssSelector("button[data-business='" + business + "']"))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), name));
            assertThat(inForce(http, business, operator).getString("percent")).isEqualTo("2.25");
            assertThat(sellerField(business).getAttribute("value")).isEqualTo("2,25");

            type(sellerField(business), "");
            browser.findElement(By.cssSelector("button[data-business='" + business + "']"))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "wieder"));
            JsonObject seller = inForce(http, business, operator);
            assertThat(seller.getBoolean("own")).isFalse();
            assertThat(seller.getString("percent")).isEqualTo("4.50");
        } finally {
            percent(http, "PUT", COMMISSION + "/default", before, operator);
        }
    }

    private WebElement sellerField(long business) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[data-business='" + business + "']")));
    }

    private WebElement row(long business) {
        return sellerField(business).findElement(By.xpath("./ancestor::tr"));
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    private static Http.Answer percent(Http http, String method, String path, String percent, String bearer) {
        return http.json(method, path, "{\"percent\":\"" + percent + "\"}", "Authorization", bearer);
    }

    private static JsonObject overview(Http http, String operator) {
        Http.Answer answer = http.get(COMMISSION, "Authorization", operator);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonObject inForce(Http http, long business, String operator) {
        Http.Answer answer = http.get(COMMISSION + "/businesses/" + business, "Authorization", operator);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static String refusedField(Http.Answer answer) {
        return answer.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static List<JsonObject> audit(Http http, String operator) {
        return http.get("/api/core/audit?size=100", "Authorization", operator)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }
}
