package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.BrowserJourney;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * #17's "done means" on the demo data, as a visitor of a fresh portal does it: a guest puts a loaf of the demo bakery
 * (Backhaus am Stiftsplatz), sausages of the demo butcher (Metzgerei Kuhn) and a book of the demo bookshop
 * (Buchhandlung Blättchen) into the cart from their product pages, goes from the cart to the checkout with
 * "Zur Kasse", picks up at the bakery, has the butcher deliver and the bookshop send a parcel, ticks the boxes,
 * places the order and reads it on the order page the confirmation mail links to.
 */
@ExtendWith(Portal.class)
class DemoCheckoutJourneyIT extends BrowserJourney {

    private static final Pattern ORDER_PAGE = Pattern.compile(".*/bestellung/([A-Za-z0-9_-]{22})$");

    @Test
    void aGuestBuysAtTheDemoBakeryButcherAndBookshopInOneCheckout(
            RunningPortal portal, Http http, Mailbox mailbox, Database db) {
        String base = portal.baseUrl();
        Item bread = item(http, db, "backhaus-am-stiftsplatz", "PICKUP", 0);
        Item sausages = item(http, db, "metzgerei-kuhn", "LOCAL_DELIVERY", 1500); // the demo's minimum for delivery
        Item book = item(http, db, "buchhandlung-blaettchen", "PARCEL", 0);
        for (Item item : List.of(bread, sausages, book)) {
            browser.get(base + "/produkte/" + item.product() + "?v=" + item.variant());
            type("cart-quantity-" + item.variant(), String.valueOf(item.quantity()));
            visible("cart-button-" + item.variant()).click();
            visible("cart-added-" + item.variant());
        }

        browser.get(base + "/warenkorb");
        String cartId = browser.manage().getCookieNamed("impuls_cart").getValue();
        assertThat(browser.findElements(By.cssSelector("section.cart-merchant h2")))
                .as(
                        "the cart %s: %s",
                        cartId, http.get("/api/shop/carts/" + cartId).body())
                .extracting(WebElement::getText)
                .containsExactly(bread.merchant(), sausages.merchant(), book.merchant());
        visible("cart-checkout").click();
        wait.until(ExpectedConditions.urlMatches(".*/kasse$"));

        String email = Accounts.newAddress("demo-kasse");
        type("checkout:email", email);
        type("checkout:phone", "+49 631 654321");
        type("checkout:billing-name", "Max Muster");
        type("checkout:billing-street", "Fackelstraße 12");
        type("checkout:billing-postalCode", "67655");
        type("checkout:billing-city", "Kaiserslautern");
        tick("method-" + bread.business() + "-PICKUP");
        tick("method-" + sausages.business() + "-LOCAL_DELIVERY");
        tick("method-" + book.business() + "-PARCEL");
        tick("payment-bank-transfer");
        tick("checkout:acceptTerms");
        tick("checkout:acceptSellerTerms");
        assertThat(visible("checkout:place").getText()).isEqualTo("Zahlungspflichtig bestellen");
        visible("checkout:place").click();

        wait.until(ExpectedConditions.urlMatches(ORDER_PAGE.pattern()));
        Matcher page = ORDER_PAGE.matcher(browser.getCurrentUrl());
        assertThat(page.matches()).isTrue();
        String number = visible("order-number").getText().strip();
        assertThat(browser.findElements(By.cssSelector("section.order-part h2")))
                .extracting(WebElement::getText)
                .containsExactly(bread.merchant(), sausages.merchant(), book.merchant());
        assertThat(visible("payment-method").getText()).contains("Überweisung");

        String mail = GreenMailUtil.getBody(mailbox.awaitMail(email, "Ihre Bestellung"))
                .replace("=\r\n", "")
                .replace("=3D", "="); // quoted-printable
        assertThat(mail).contains(number, "/bestellung/" + page.group(1));
        JsonObject order = http.get("/api/shop/orders/" + number, "X-Order-Token", page.group(1))
                .json();
        assertThat(order.getJsonArray("sellerOrders").stream()
                        .map(s -> s.asJsonObject().getJsonObject("delivery").getString("method")))
                .containsExactly("PICKUP", "LOCAL_DELIVERY", "PARCEL");
    }

    /** A product of a demo merchant on sale by this way, with enough in stock to reach {@code minimumCents}. */
    private static Item item(Http http, Database db, String slug, String delivery, long minimumCents) {
        long business = Long.parseLong(db.single("select id from directory_business where slug = ?", slug));
        JsonArray products = http.get(
                        "/api/shop/products?inStock=true&size=100&delivery=" + delivery + "&merchant=" + business)
                .json()
                .getJsonArray("items");
        for (JsonValue summary : products) {
            JsonObject product = http.get("/api/shop/products/"
                            + summary.asJsonObject().getJsonNumber("id").longValue())
                    .json();
            for (JsonValue value : product.getJsonArray("variants")) {
                JsonObject variant = value.asJsonObject();
                long cents = variant.getJsonObject("price")
                        .getJsonObject("price")
                        .getJsonNumber("cents")
                        .longValue();
                int quantity = (int) Math.max(1, (minimumCents + cents - 1) / cents);
                boolean enough = variant.isNull("stock") || variant.getInt("stock") >= quantity + 1;
                if (variant.getBoolean("buyable") && enough && quantity <= 20) {
                    return new Item(
                            product.getJsonNumber("id").longValue(),
                            variant.getJsonNumber("id").longValue(),
                            quantity,
                            business,
                            product.getJsonObject("seller").getString("name"));
                }
            }
        }
        throw new AssertionError("no product of " + slug + " to buy by " + delivery);
    }

    private record Item(long product, long variant, int quantity, long business, String merchant) {}

    /**
     * Ticks a box or picks a radio button as people do: by clicking it, else its label (in headless Chromium a click
     * on the small seller-terms box now and then lands beside it; its label always takes it).
     */
    private void tick(String id) {
        WebElement input = visible(id);
        if (!input.isSelected()) {
            clickSteady(input);
        }
        if (!input.isSelected()) {
            clickSteady(browser.findElement(By.cssSelector("label[for='" + id + "']")));
        }
        assertThat(input.isSelected()).as(id + " chosen").isTrue();
    }

    private void type(String id, String value) {
        WebElement field = visible(id);
        field.clear();
        field.sendKeys(value);
    }
}
