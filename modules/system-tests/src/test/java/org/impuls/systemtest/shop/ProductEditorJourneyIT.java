package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.BrowserJourney;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Images;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.impuls.systemtest.directory.Applicants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In the browser: a merchant creates a product with an option and two variants; a wrong sale price and a
 * price that is no amount are refused next to their fields and nothing is written; then the product is saved,
 * edited, gets an image, and customers see it. Another merchant's product stays out of reach.
 */
@ExtendWith(Portal.class)
class ProductEditorJourneyIT extends BrowserJourney {

    @Test
    void createEditAndIllustrateAProduct(RunningPortal portal, Http http, Mailbox mailbox) throws Exception {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "editor-journey");
        long business = Applicants.approvedBusiness(http, mailbox, merchant, Applicants.uniqueName("Rösterei"));
        String word = "Editorbohne" + System.nanoTime() % 100000;

        browser.get(portal.baseUrl() + "/backoffice/shop/products.xhtml?business=" + business);
        visible("login:email").sendKeys(merchant.email());
        browser.findElement(By.id("login:password")).sendKeys(Accounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        visible("new-product").click();

        visible("product:titleDe").sendKeys("Espresso " + word);
        new Select(browser.findElement(By.id("product:category"))).selectByValue("kaffee-tee");
        browser.findElement(By.id("product:food")).click();
        browser.findElement(By.id("product:ingredients")).sendKeys("Röstkaffee");
        WebElement option = browser.findElement(By.id("product:option0"));
        option.sendKeys("Größe");
        browser.findElement(By.id("product:titleEn")).click(); // leaving the field adds the option's column
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".variant-table thead"), "Größe"));
        row(0, "input[aria-label='Größe']").sendKeys("250 g");
        row(0, "input[id$=':sku']").sendKeys(word + "-250");
        row(0, "input[id$=':priceCents']").sendKeys("7,90");
        row(0, "input[id$=':contentAmount']").sendKeys("250");
        new Select(row(0, "select[id$=':contentUnit']")).selectByValue("g");

        browser.findElement(By.id("product:add-variant")).click();
        wait.until(
                d -> d.findElements(By.cssSelector(".variant-table tbody tr")).size() == 2);
        row(1, "input[aria-label='Größe']").sendKeys("1 kg");
        row(1, "input[id$=':sku']").sendKeys(word + "-1000");
        row(1, "input[id$=':priceCents']").sendKeys("24,90");
        row(1, "input[id$=':salePriceCents']").sendKeys("29,90");
        row(1, "input[id$=':contentAmount']").sendKeys("1");
        new Select(row(1, "select[id$=':contentUnit']")).selectByValue("kg");
        browser.findElement(By.id("product:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("product"), "Aktionspreis muss unter"));
        assertThat(row(1, "input[id$=':sku']").getAttribute("value"))
                .as("typed values stay")
                .isEqualTo(word + "-1000");
        assertThat(row(1, "input[aria-label='Größe']").getAttribute("value")).isEqualTo("1 kg");
        assertThat(http.get("/api/shop/products?q=" + word).json().getInt("total"))
                .as("nothing written")
                .isZero();

        row(1, "input[id$=':salePriceCents']").clear();
        row(1, "input[id$=':salePriceCents']").sendKeys("19,90");
        row(0, "input[id$=':priceCents']").clear();
        row(0, "input[id$=':priceCents']").sendKeys("sieben");
        browser.findElement(By.id("product:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("product"), "kein Betrag in Euro"));
        assertThat(http.get("/api/shop/products?q=" + word).json().getInt("total"))
                .as("still nothing written")
                .isZero();

        row(0, "input[id$=':priceCents']").clear();
        row(0, "input[id$=':priceCents']").sendKeys("7,90");
        browser.findElement(By.id("product:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("product:messages"), "ist angelegt"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        JsonObject product = http.get("/api/shop/products/" + id).json();
        assertThat(product.getJsonArray("optionNames").getString(0)).isEqualTo("Größe");
        assertThat(product.getJsonArray("variants")).hasSize(2);
        JsonObject small = product.getJsonArray("variants").getJsonObject(0);
        assertThat(small.getJsonObject("price").getJsonObject("price").getInt("cents"))
                .isEqualTo(790);
        assertThat(small.getJsonObject("price").getJsonObject("basePrice").getInt("cents"))
                .as("7,90 € for 250 g, per kg")
                .isEqualTo(3160);
        assertThat(small.getJsonObject("price").getString("basePriceUnit")).isEqualTo("kg");
        JsonObject large = product.getJsonArray("variants").getJsonObject(1);
        assertThat(large.getJsonObject("price").getJsonObject("price").getInt("cents"))
                .as("sale price")
                .isEqualTo(1990);

        // edit: rename and change the stock; the list shows the change
        WebElement title = visible("product:titleDe");
        title.clear();
        title.sendKeys("Espresso Hausröstung " + word);
        row(0, "input[id$=':stock']").sendKeys("12");
        browser.findElement(By.id("product:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("product:messages"), "gespeichert"));
        JsonObject edited = http.get("/api/shop/products/" + id).json();
        assertThat(edited.getString("title")).isEqualTo("Espresso Hausröstung " + word);
        assertThat(edited.getJsonArray("variants").getJsonObject(0).getInt("stock"))
                .isEqualTo(12);

        Path image = Files.createTempFile("espresso", ".jpg");
        Files.write(image, Images.photo(640, 480, "jpg"));
        visible("images:image").sendKeys(image.toString());
        browser.findElement(By.id("images:upload")).click();
        wait.until(d -> d.findElements(By.cssSelector("#image-list img")).size() == 1);
        assertThat(http.get("/api/shop/products/" + id).json().getJsonArray("imageUrls"))
                .hasSize(1);
        assertThat(http.get("/api/shop/products?q=" + word)
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("imageUrl"))
                .as("the search shows the new picture at once")
                .contains("/media/");

        // another merchant's product, by direct URL
        long someoneElses =
                http
                        .get("/api/shop/products?size=50")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(p ->
                                p.getJsonObject("seller").getJsonNumber("id").longValue() != business)
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        browser.get(portal.baseUrl() + "/backoffice/shop/product.xhtml?id=" + someoneElses);
        assertThat(visible("main").getText()).contains("Kein Zugriff");
    }

    /** An input of a variant row. */
    private WebElement row(int index, String css) {
        return wait.until(d -> d.findElements(By.cssSelector(".variant-table tbody tr"))
                .get(index)
                .findElement(By.cssSelector(css)));
    }
}
