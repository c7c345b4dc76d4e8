package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impuls.systemtest.shop.CheckoutShops.product;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The checkout page in the browser (#17): a guest fills the cart at three merchants through their "In den Warenkorb"
 * buttons, opens {@code /kasse}, is refused a missing e-mail and a bad postal code beside the fields with everything
 * else kept, then orders with a pick-up slot at the bakery, local delivery from the butcher and a parcel from the
 * bookshop, and lands on the order's page; the order is there with three seller orders. The button says that ordering
 * costs money in both languages, goods for adults need the age confirmed, and a form sent twice at once places one
 * order. The page fits a phone.
 */
@ExtendWith(Portal.class)
class CheckoutPageIT extends BrowserJourney {

    private static final Pattern ORDER_PAGE = Pattern.compile(".*/bestellung/([A-Za-z0-9_-]{22})$");
    private static final Pattern NUMBER = Pattern.compile("\\d{4}-\\d{6}");

    @Test
    void aGuestOrdersFromThreeMerchantsAfterARefusalThatKeptEverythingTyped(
            RunningPortal portal, Http http, Mailbox mailbox) throws MessagingException {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long rolls = product(http, shops.bakery, "Kassenbrötchen", 45, 7, 0, 0, 100);
        long sausage = product(http, shops.butcher, "Kassenbratwurst", 350, 7, 0, 0, 50);
        long book = product(http, shops.bookshop, "Kassenchronik", 2490, 7, 0, 0, 10);
        String base = portal.baseUrl();
        add(base, shops.bakery, rolls);
        add(base, shops.butcher, sausage);
        add(base, shops.bookshop, book);
        String email = Accounts.newAddress("kasse");

        browser.get(base + "/kasse");
        assertThat(browser.findElements(By.cssSelector("fieldset.checkout-merchant legend")))
                .extracting(WebElement::getText)
                .containsExactly(
                        "Versand von " + shops.bakery.name(),
                        "Versand von " + shops.butcher.name(),
                        "Versand von " + shops.bookshop.name());
        type("checkout:phone", "+49 631 123456");
        type("checkout:billing-name", "Erika Muster");
        type("checkout:billing-street", "Marktstraße 5");
        type("checkout:billing-postalCode", "6765");
        type("checkout:billing-city", "Kaiserslautern");
        choose("method-" + shops.bakery.business() + "-PICKUP");
        choose("method-" + shops.butcher.business() + "-LOCAL_DELIVERY");
        choose("method-" + shops.bookshop.business() + "-PARCEL");
        choose("payment-bank-transfer");
        choose("checkout:acceptTerms");
        choose("checkout:acceptSellerTerms");
        visible("checkout:place").click();

        assertThat(text("checkout:email-message")).contains("gültige E-Mail-Adresse");
        assertThat(text("checkout:billing-postalCode-message")).contains("fünf Ziffern");
        WebElement emailField = visible("checkout:email");
        assertThat(emailField.getAttribute("aria-invalid")).isEqualTo("true");
        String describedBy = emailField.getAttribute("aria-describedby");
        assertThat(describedBy).as("the field names its message").isNotBlank();
        assertThat(browser.findElement(By.id(describedBy.split(" ")[0])).getText())
                .contains("gültige E-Mail-Adresse");
        assertThat(visible("checkout:billing-postalCode").getAttribute("value"))
                .as("what was typed stays, also where it was wrong")
                .isEqualTo("6765");
        assertThat(visible("checkout:billing-name").getAttribute("value")).isEqualTo("Erika Muster");
        assertThat(visible("checkout:phone").getAttribute("value")).isEqualTo("+49 631 123456");
        assertThat(visible("checkout:billing-street").getAttribute("value")).isEqualTo("Marktstraße 5");
        assertThat(visible("method-" + shops.butcher.business() + "-LOCAL_DELIVERY")
                        .isSelected())
                .isTrue();
        assertThat(visible("payment-bank-transfer").isSelected()).isTrue();
        assertThat(visible("checkout:acceptTerms").isSelected()).isTrue();
        assertThat(visible("checkout:phone").getAttribute("aria-invalid")).isNotEqualTo("true");

        browser.manage().window().setSize(new Dimension(390, 844));
        Long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("horizontal overflow of the checkout at 390 px").isLessThanOrEqualTo(0L);
        browser.manage().window().setSize(new Dimension(1280, 900));

        type("checkout:email", email);
        type("checkout:billing-postalCode", "67655");
        String slot = visible("slot-" + shops.bakery.business()).getAttribute("value");
        assertThat(slot).as("a pick-up slot is chosen").isNotBlank();
        assertThat(text("summary-delivery-" + shops.bookshop.business())).isEqualTo("4,90 €");
        assertThat(text("legal")).contains("Impressum", "Nutzungsbedingungen des Marktplatzes");
        assertThat(visible("legal-imprint-" + shops.butcher.business()).getAttribute("href"))
                .endsWith("#imprint");
        assertThat(visible("checkout:place").getText()).isEqualTo("Zahlungspflichtig bestellen");
        visible("checkout:place").click();

        awaitOrderPage();
        Matcher page = ORDER_PAGE.matcher(browser.getCurrentUrl());
        assertThat(page.matches()).isTrue();
        String token = page.group(1);
        String subject = mailbox.awaitMail(email, "Ihre Bestellung").getSubject();
        Matcher number = NUMBER.matcher(subject);
        assertThat(number.find()).as(subject).isTrue();

        Http.Answer order = http.get("/api/shop/orders/" + number.group(), "X-Order-Token", token);
        assertThat(order.status()).as(order.body()).isEqualTo(200);
        JsonObject placed = order.json();
        assertThat(placed.getString("email")).isEqualTo(email);
        assertThat(placed.getJsonObject("billingAddress").getString("postalCode"))
                .isEqualTo("67655");
        JsonArray sellers = placed.getJsonArray("sellerOrders");
        assertThat(sellers).hasSize(3);
        assertThat(sellers.stream()
                        .map(s -> ((JsonObject) s).getJsonObject("delivery").getString("method")))
                .containsExactly("PICKUP", "LOCAL_DELIVERY", "PARCEL");
        assertThat(sellers.stream()
                        .map(s -> ((JsonObject) s).getJsonNumber("businessId").longValue()))
                .containsExactly(shops.bakery.business(), shops.butcher.business(), shops.bookshop.business());
        assertThat(placed.getJsonObject("payment").getString("method")).isEqualTo("bank-transfer");
        assertThat(CheckoutShops.cents(placed.getJsonObject("totals"), "gross")).isEqualTo(45 + 350 + 300 + 2490 + 490);
    }

    @Test
    void anEmptyCartHasNothingToOrderAndTheButtonSaysOrderingCostsInBothLanguages(
            RunningPortal portal, Http http, Mailbox mailbox) {
        String base = portal.baseUrl();
        browser.get(base + "/kasse");
        assertThat(text("checkout-empty")).contains("Ihr Warenkorb ist leer");
        assertThat(visible("checkout-empty-link").getAttribute("href")).endsWith("/produkte");
        assertThat(browser.findElements(By.id("checkout:place"))).isEmpty();

        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long book = product(http, shops.bookshop, "Kassenkalender", 1290, 7, 0, 0, 10);
        add(base, shops.bookshop, book);
        browser.get(base + "/kasse");
        assertThat(visible("checkout:place").getText()).isEqualTo("Zahlungspflichtig bestellen");
        for (String field : List.of(
                "checkout:email", "checkout:billing-name", "checkout:billing-postalCode", "checkout:acceptTerms")) {
            assertThat(browser.findElements(By.cssSelector("label[for='" + field + "']")))
                    .as("a label for " + field)
                    .isNotEmpty();
        }
        browser.get(base + "/kasse?lang=en");
        assertThat(visible("checkout:place").getText()).isEqualTo("Place order and pay");
        assertThat(text("summary-delivery-" + shops.bookshop.business())).isEqualTo("€4.90");
    }

    @Test
    void goodsForAdultsNeedTheAgeConfirmed(RunningPortal portal, Http http, Mailbox mailbox) {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long schnapps = product(http, shops.butcher, "Kassenkorn", 1500, 19, 0, 18, 10);
        String base = portal.baseUrl();
        add(base, shops.butcher, schnapps);

        browser.get(base + "/kasse");
        fillGuest(Accounts.newAddress("kasse-age"));
        choose("method-" + shops.butcher.business() + "-LOCAL_DELIVERY");
        assertThat(visible("checkout:confirmAge").isSelected()).isFalse();
        visible("checkout:place").click();
        assertThat(text("checkout:confirmAge-message")).contains("alt genug");
        assertThat(browser.getCurrentUrl()).endsWith("/kasse");

        choose("checkout:confirmAge");
        visible("checkout:place").click();
        awaitOrderPage();
    }

    @Test
    void theFormSentTwiceAtOncePlacesOneOrder(RunningPortal portal, Http http, Mailbox mailbox, Database db) {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long book = product(http, shops.bookshop, "Kassenroman", 1890, 7, 0, 0, 10);
        String base = portal.baseUrl();
        add(base, shops.bookshop, book);
        String cart = browser.manage().getCookieNamed("impuls_cart").getValue();

        browser.get(base + "/kasse");
        fillGuest(Accounts.newAddress("kasse-twice"));
        choose("method-" + shops.bookshop.business() + "-PARCEL");
        @SuppressWarnings("unchecked")
        List<String> landed = (List<String>) ((JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "const form = document.getElementById('checkout');"
                        + "const button = document.getElementById('checkout:place');"
                        + "const send = () => fetch(form.action, {method: 'POST',"
                        + "  body: new URLSearchParams(new FormData(form, button))}).then(r => r.url.includes('/bestellung/')"
                        + "  ? r.url : r.text().then(t => r.url + ' ' + r.status + ' '"
                        + "    + t.replace(/<[^>]+>/g, ' ').replace(/\\s+/g, ' ').slice(-2500)));"
                        + "Promise.all([send(), send()]).then(done, e => done(['failed: ' + e]));");

        assertThat(landed).hasSize(2);
        assertThat(landed.get(0)).matches(ORDER_PAGE.pattern());
        assertThat(landed.get(1))
                .as("the second one finds the order the first placed")
                .isEqualTo(landed.get(0));
        assertThat(db.single("select count(*) from shop_customer_order where cart_id = ?", cart))
                .isEqualTo("1");
    }

    @Test
    void aProductSoldOutMeanwhileIsNamedAndNothingTypedIsLost(RunningPortal portal, Http http, Mailbox mailbox) {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long rolls = product(http, shops.bakery, "Kassenschnecke", 180, 7, 0, 0, 50);
        long last = product(http, shops.bookshop, "Kassenunikat", 990, 7, 0, 0, 1);
        String base = portal.baseUrl();
        add(base, shops.bakery, rolls);
        add(base, shops.bookshop, last);
        String email = Accounts.newAddress("kasse-sold");
        browser.get(base + "/kasse");
        fillGuest(email);
        choose("method-" + shops.bookshop.business() + "-PARCEL");

        String other = CheckoutShops.cart(http, null, last, 1);
        Http.Answer bought = CheckoutShops.checkout(
                http,
                other,
                CheckoutShops.key(),
                CheckoutShops.body(
                        Accounts.newAddress("quicker"),
                        "bank-transfer",
                        false,
                        List.of(CheckoutShops.delivered(shops.bookshop, "PARCEL"))));
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        visible("checkout:place").click();

        assertThat(text("checkout:messages")).contains("Kassenunikat");
        assertThat(browser.getCurrentUrl()).doesNotContain("/bestellung/");
        assertThat(visible("checkout:email").getAttribute("value")).isEqualTo(email);
        assertThat(visible("checkout-cart-link").getAttribute("href")).endsWith("/warenkorb");
        assertThat(mailbox.hasMail(email, "Ihre Bestellung"))
                .as("nothing was ordered")
                .isFalse();
    }

    /** The order's page; else what the checkout page says instead. */
    private void awaitOrderPage() {
        try {
            wait.until(ExpectedConditions.urlMatches(ORDER_PAGE.pattern()));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "still on " + browser.getCurrentUrl() + ": "
                            + browser.findElement(By.tagName("main")).getText(),
                    e);
        }
    }

    /** Puts one item into the browser's cart with the merchant's "In den Warenkorb" button on its product list. */
    private void add(String base, CheckoutShops.Shop shop, long variant) {
        browser.get(base + "/produkte?merchant=" + shop.business());
        visible("cart-button-" + variant).click();
        visible("cart-added-" + variant);
    }

    private void fillGuest(String email) {
        type("checkout:email", email);
        type("checkout:phone", "+49 631 123456");
        type("checkout:billing-name", "Erika Muster");
        type("checkout:billing-street", "Marktstraße 5");
        type("checkout:billing-postalCode", "67655");
        type("checkout:billing-city", "Kaiserslautern");
        choose("payment-bank-transfer");
        choose("checkout:acceptTerms");
        choose("checkout:acceptSellerTerms");
    }

    private void type(String id, String value) {
        WebElement field = visible(id);
        field.clear();
        field.sendKeys(value);
    }

    /** Ticks a checkbox or picks a radio button, once: by clicking it, else its label, as people do. */
    private void choose(String id) {
        WebElement input = visible(id);
        if (!input.isSelected()) {
            clickSteady(input);
        }
        if (!input.isSelected()) {
            browser.findElement(By.cssSelector("label[for='" + id + "']")).click();
        }
        assertThat(input.isSelected()).as(id + " chosen").isTrue();
    }

    private String text(String id) {
        return visible(id).getText().strip();
    }
}
