package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/** In the browser: a merchant imports 1,500 products with a ZIP of pictures and watches the import's progress. */
@ExtendWith(Portal.class)
class ImportProgressJourneyIT extends BrowserJourney {

    @Test
    void aLargeImportWithPicturesShowsItsProgress(RunningPortal portal, Http http, Mailbox mailbox) throws Exception {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "import-progress");
        long business = Applicants.approvedBusiness(http, mailbox, merchant, Applicants.uniqueName("Großbäckerei"));
        String sku = "P" + System.nanoTime() % 100000;
        StringBuilder csv = new StringBuilder("product;sku;title_de;category;price;vat;food;ingredients;images\n");
        for (int i = 0; i < 1_500; i++) {
            csv.append("b")
                    .append(i)
                    .append(';')
                    .append(sku)
                    .append('-')
                    .append(i)
                    .append(";Fortschrittsbrötchen ")
                    .append(sku)
                    .append(' ')
                    .append(i)
                    .append(";brot-backwaren;0,60;7;ja;Weizenmehl;")
                    .append(i == 0 ? "broetchen.jpg" : "")
                    .append('\n');
        }
        Path file = Files.createTempFile("gross", ".csv");
        Files.writeString(file, csv);
        Path pictures = Files.createTempFile("bilder", ".zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(pictures))) {
            zip.putNextEntry(new ZipEntry("broetchen.jpg"));
            zip.write(Images.photo(320, 240, "jpg"));
            zip.closeEntry();
        }

        browser.get(portal.baseUrl() + "/backoffice/shop/products.xhtml?business=" + business);
        visible("login:email").sendKeys(merchant.email());
        browser.findElement(By.id("login:password")).sendKeys(Accounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        visible("import:file").sendKeys(file.toString());
        browser.findElement(By.id("import:pictures")).sendKeys(pictures.toString());
        browser.findElement(By.id("import:dryRun")).click(); // import for real
        browser.findElement(By.id("import:upload")).click();

        wait.until(ExpectedConditions.textMatches(
                By.cssSelector("#import-progress span"),
                Pattern.compile("(Prüfe|Schreibe) Produkt \\d[\\d.]* von 1\\.500")));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(120))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:messages"), "1.500 neue"));
        assertThat(http.get("/api/shop/products?q=fortschrittsbroetchen+" + sku + "+0&merchant=" + business)
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("imageUrl"))
                .as("the picture from the ZIP")
                .contains("/media/");
    }
}
