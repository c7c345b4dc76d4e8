package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/** In the browser: a merchant checks a CSV file (a problem is reported by line), fixes it, imports it and hides a product. */
@ExtendWith(Portal.class)
class MerchantCatalogJourneyIT extends BrowserJourney {

    @Test
    void checkImportAndHide(RunningPortal portal, Http http, Mailbox mailbox) throws Exception {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "catalog-journey");
        long business = Applicants.approvedBusiness(http, mailbox, merchant, Applicants.uniqueName("Feinkost"));
        String sku = "J" + System.nanoTime() % 100000;
        Path broken = Files.createTempFile("katalog", ".csv");
        Files.writeString(
                broken,
                "product;sku;title_de;category;price;vat;food;ingredients\n" + "senf;" + sku
                        + ";Pfälzer Senf Journeyhof;feinkost;zwei Euro;7;ja;Senfsaat\n");
        Path fixed = Files.createTempFile("katalog", ".csv");
        Files.writeString(fixed, Files.readString(broken).replace("zwei Euro", "2,90"));

        browser.get(portal.baseUrl() + "/backoffice/shop/products.xhtml?business=" + business);
        visible("login:email").sendKeys(merchant.email());
        browser.findElement(By.id("login:password")).sendKeys(Accounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();

        visible("import:file").sendKeys(broken.toString());
        browser.findElement(By.id("import:upload")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-errors"), "price"));
        assertThat(browser.findElement(By.id("import-errors")).getText()).contains("2", "zwei Euro");

        visible("import:file").sendKeys(fixed.toString());
        browser.findElement(By.id("import:dryRun")).click(); // import for real
        browser.findElement(By.id("import:upload")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:messages"), "1 neue"));
        assertThat(browser.findElement(By.id("product-list")).getText()).contains("Pfälzer Senf Journeyhof", "2,90");
        assertThat(http.get("/api/shop/products?q=journeyhof").json().getInt("total"))
                .isEqualTo(1);

        browser.findElement(By.cssSelector("#product-list input.hide")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("product-list"), "verborgen"));
        assertThat(http.get("/api/shop/products?q=journeyhof").json().getInt("total"))
                .as("hidden from customers")
                .isZero();

        browser.get(portal.baseUrl() + "/backoffice/shop/products.xhtml?business=1");
        assertThat(visible("main").getText()).contains("Kein Zugriff");
    }
}
