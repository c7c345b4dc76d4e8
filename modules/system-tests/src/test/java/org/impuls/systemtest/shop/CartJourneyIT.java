package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.BrowserJourney;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The cart in the browser (#16): an anonymous visitor fills one cart at three demo merchants, from a product page with
 * a chosen variant and from the catalogue's cards, follows the header count, reads the cart page (a section per
 * merchant, subtotals, deposit, delivery options with costs and thresholds, VAT per rate), gives a postal code,
 * changes and removes lines, is refused more than the stock, and logs in as the demo customer, whose cart then holds
 * both. The page fits a phone.
 */
@ExtendWith(Portal.class)
class CartJourneyIT extends BrowserJourney {

    private static final String CUSTOMER = "kunde@impuls.example";
    private static final String PASSWORD = "kunde-demo";

    @Test
    void aVisitorFillsOneCartAtThreeMerchantsAndKeepsItAtLogin(RunningPortal portal, Http http) {
        String base = portal.baseUrl();
        JsonObject bread = product(http, "Dinkelvollkornbrot");
        JsonObject juice = product(http, "Birnensaft");
        JsonObject book = product(http, "Die Geschichte des Betzenbergs");
        long bigBread = variant(bread, "groß").getJsonNumber("id").longValue();
        long juiceVariant = variant(juice, null).getJsonNumber("id").longValue();
        long bookVariant = variant(book, null).getJsonNumber("id").longValue();
        int breadStock = variant(bread, "groß").getInt("stock");
        int bookStock = variant(book, null).getInt("stock");
        String account = accountToken(http);
        addToAccountCart(http, account, bookVariant);
        JsonObject accountBefore = accountCart(http, account);
        int accountItems = accountBefore.getInt("itemCount");
        int accountBooks = quantityOf(accountBefore, bookVariant);

        browser.get(base + "/produkte/" + bread.getJsonNumber("id") + "?v=" + bigBread);
        assertThat(visible("header-cart").getAttribute("aria-label")).isEqualTo("Warenkorb, 0 Artikel");
        type("cart-quantity-" + bigBread, String.valueOf(breadStock + 1));
        visible("cart-button-" + bigBread).click();
        assertThat(text("cart-refusal-" + bigBread))
                .as("refused with the stock named")
                .isEqualTo("Nur noch " + breadStock + " vorrätig");
        assertThat(visible("cart-quantity-" + bigBread).getAttribute("value"))
                .as("what the customer typed is kept")
                .isEqualTo(String.valueOf(breadStock + 1));
        assertThat(visible("header-cart").getAttribute("aria-label")).isEqualTo("Warenkorb, 0 Artikel");

        type("cart-quantity-" + bigBread, "2");
        visible("cart-button-" + bigBread).click();
        assertThat(text("cart-added-" + bigBread)).contains("2 × Dinkelvollkornbrot groß", "Zum Warenkorb");
        assertThat(visible("header-cart").getAttribute("aria-label")).isEqualTo("Warenkorb, 2 Artikel");
        assertThat(text("header-cart-count")).isEqualTo("2");

        browser.get(base + "/produkte?q=" + URLEncoder.encode("Birnensaft", StandardCharsets.UTF_8));
        visible("cart-button-" + juiceVariant).click();
        assertThat(text("cart-added-" + juiceVariant)).contains("1 × Birnensaft");
        assertThat(browser.getCurrentUrl()).as("back on the list").contains("/produkte?q=Birnensaft");
        assertThat(text("header-cart-count")).isEqualTo("3");
        browser.get(base + "/produkte?q=Betzenberg");
        visible("cart-button-" + bookVariant).click();
        assertThat(text("header-cart-count")).isEqualTo("4");
        assertThat(browser.findElements(By.cssSelector("a.product-card__choose")))
                .as("a product with one variant has its button, not a link to choose one")
                .isEmpty();
        browser.get(base + "/produkte?q=Dinkelvollkornbrot");
        assertThat(browser.findElements(By.cssSelector("#shop-results a.product-card__choose")))
                .as("two variants: the card sends the customer to choose")
                .isNotEmpty();

        visible("header-cart").click();
        wait.until(ExpectedConditions.urlContains("/warenkorb"));
        List<WebElement> sections = browser.findElements(By.cssSelector("section.cart-merchant"));
        assertThat(sections).hasSize(3);
        assertThat(sections.stream().map(s -> s.findElement(By.tagName("h2")).getText()))
                .containsExactly(seller(bread), seller(juice), seller(book));
        String bakery = "merchant-" + bread.getJsonObject("seller").getJsonNumber("id");
        String orchard = "merchant-" + juice.getJsonObject("seller").getJsonNumber("id");
        String books = "merchant-" + book.getJsonObject("seller").getJsonNumber("id");
        assertThat(text(bakery)).contains("Dinkelvollkornbrot, groß", "4,80 €", "9,60 €");
        assertThat(text("subtotal-" + id(bread))).contains("9,60 €");
        assertThat(text(orchard)).contains("zzgl. 0,25 € Pfand");
        assertThat(text("subtotal-" + id(juice))).contains("3,24 €", "Waren 2,99 €", "Pfand 0,25 €");
        assertThat(text("delivery-" + id(book)))
                .contains("Paketversand: 4,90 €", "noch 27,10 € bis zur kostenlosen Lieferung")
                .contains("Lieferung vor Ort: nicht möglich", "Postleitzahl");
        assertThat(text("delivery-" + id(bread)))
                .as("no parcel for bread, and why")
                .contains("Paketversand: nicht möglich");
        assertThat(text("total-goods")).isEqualTo("35,49 €");
        assertThat(text("total-deposit")).isEqualTo("0,25 €");
        assertThat(text("total-total")).isEqualTo("35,74 €");
        assertThat(text("total-vat-19")).isEqualTo("0,52 €");
        assertThat(text("total-vat-7")).isEqualTo("2,13 €");
        assertThat(text("cart-totals")).contains("darin 19 % MwSt.", "darin 7 % MwSt.");
        assertThat(visible("cart-checkout").getText()).isEqualTo("Zur Kasse");
        assertThat(visible("cart-checkout").getAttribute("href")).endsWith("/kasse");

        type("postal:code", "6765");
        visible("postal:check").click();
        assertThat(text("postal-message")).contains("fünf Ziffern");
        type("postal:code", "67655");
        visible("postal:check").click();
        assertThat(text("cart-status")).contains("67655");
        assertThat(text("delivery-" + id(book) + "-LOCAL_DELIVERY"))
                .as("the book's shop delivers to 67655")
                .contains("Lieferung vor Ort: 3,50 €")
                .doesNotContain("nicht möglich");
        assertThat(text("delivery-" + id(bread) + "-LOCAL_DELIVERY"))
                .as("the bakery's minimum of 15 € is not reached")
                .contains("nicht möglich", "Noch 5,40 € bis zum Mindestbestellwert.");

        WebElement breadLine = lineOf(bakery);
        String breadQuantity =
                breadLine.findElement(By.cssSelector("input[type=text]")).getAttribute("id");
        type(breadQuantity, "3");
        breadLine.findElement(By.cssSelector("button[id$=':update']")).click();
        assertThat(text("cart-status")).contains("Dinkelvollkornbrot groß");
        assertThat(text("subtotal-" + id(bread))).contains("14,40 €");
        assertThat(text("header-cart-count")).isEqualTo("5");

        WebElement bookLine = lineOf(books);
        String bookQuantity =
                bookLine.findElement(By.cssSelector("input[type=text]")).getAttribute("id");
        type(bookQuantity, String.valueOf(bookStock + 1));
        bookLine.findElement(By.cssSelector("button[id$=':update']")).click();
        assertThat(text(books)).contains("Nur noch " + bookStock + " vorrätig");
        assertThat(visible(bookQuantity).getAttribute("value")).isEqualTo(String.valueOf(bookStock + 1));
        assertThat(text("header-cart-count")).isEqualTo("5");

        lineOf(orchard).findElement(By.cssSelector("button[id$=':remove']")).click();
        assertThat(text("cart-status")).contains("Birnensaft", "nicht mehr im Warenkorb");
        assertThat(browser.findElements(By.cssSelector("section.cart-merchant")))
                .hasSize(2);
        assertThat(text("header-cart-count")).isEqualTo("4");

        browser.navigate().refresh();
        assertThat(text("header-cart-count"))
                .as("the removal sent again by the reload removes nothing else")
                .isEqualTo("4");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "/warenkorb");
        visible("cart-totals");
        Long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("horizontal overflow of the cart at 390 px").isLessThanOrEqualTo(0L);
        browser.manage().window().setSize(new Dimension(1280, 900));

        browser.get(base + "/login");
        type("login:email", CUSTOMER);
        type("login:password", PASSWORD);
        visible("login:submit").click();
        wait.until(driver -> !driver.getCurrentUrl().endsWith("/login"));
        browser.get(base + "/warenkorb");
        int expected = accountItems + 4;
        assertThat(visible("header-cart").getAttribute("aria-label")).isEqualTo("Warenkorb, " + expected + " Artikel");
        assertThat(text(bakery)).contains("Dinkelvollkornbrot, groß");
        WebElement mergedBook = lineOf(books);
        assertThat(mergedBook.findElement(By.cssSelector("input[type=text]")).getAttribute("value"))
                .as("the account's book and the visitor's add up")
                .isEqualTo(String.valueOf(Math.min(accountBooks + 1, bookStock)));
        assertThat(browser.manage().getCookieNamed("impuls_cart"))
                .as("the anonymous cart's cookie is gone once merged")
                .isNull();
        assertThat(accountCart(http, account).getInt("itemCount")).isEqualTo(expected);
    }

    private static JsonObject product(Http http, String query) {
        long id = http.get("/api/shop/products?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        return http.get("/api/shop/products/" + id).json();
    }

    private static JsonObject variant(JsonObject product, String label) {
        return product.getJsonArray("variants").stream()
                .map(JsonObject.class::cast)
                .filter(v -> label == null
                        || v.getJsonArray("optionValues").getString(0).equals(label))
                .findFirst()
                .orElseThrow();
    }

    private static String seller(JsonObject product) {
        return product.getJsonObject("seller").getString("name");
    }

    private static String id(JsonObject product) {
        return product.getJsonObject("seller").getJsonNumber("id").toString();
    }

    private static String accountToken(Http http) {
        Http.Answer created = http.json(
                "POST",
                "/api/core/tokens",
                "{\"email\":\"" + CUSTOMER + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"cart-journey\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return "Bearer " + created.json().getString("token");
    }

    private static JsonObject accountCart(Http http, String bearer) {
        Http.Answer mine = http.get("/api/shop/carts/mine", "Authorization", bearer);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        return mine.json();
    }

    private static int quantityOf(JsonObject cart, long variant) {
        return cart.getJsonArray("groups").stream()
                .flatMap(g -> ((JsonObject) g).getJsonArray("lines").stream())
                .map(JsonObject.class::cast)
                .filter(l -> l.getJsonNumber("variantId").longValue() == variant)
                .mapToInt(l -> l.getInt("quantity"))
                .sum();
    }

    private static void addToAccountCart(Http http, String bearer, long variant) {
        String cart = accountCart(http, bearer).getString("id");
        Http.Answer added = http.json(
                "POST",
                "/api/shop/carts/" + cart + "/lines",
                "{\"variantId\":" + variant + ",\"quantity\":1}",
                "Authorization",
                bearer);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    private WebElement lineOf(String section) {
        return visible(section).findElement(By.cssSelector("li.cart-line"));
    }

    private void type(String id, String text) {
        WebElement field = visible(id);
        field.clear();
        field.sendKeys(text);
    }

    private String text(String id) {
        return visible(id).getText();
    }
}
