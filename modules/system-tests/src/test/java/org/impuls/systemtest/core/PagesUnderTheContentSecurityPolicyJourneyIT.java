package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.BrowserJourney;
import org.impuls.systemtest.CspViolations;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.impuls.systemtest.directory.Applicants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In the browser, under the nonce-based Content-Security-Policy: the login, the storefront, a product page, the
 * map after consent and the back-office product editor with its Ajax and the product list's confirmation work
 * and the browser refuses nothing on them (every refusal would be a script or image the policy blocked), while a
 * script that a page did not bring is refused.
 */
@ExtendWith(Portal.class)
class PagesUnderTheContentSecurityPolicyJourneyIT extends BrowserJourney {

    @Test
    void keyPagesWorkAndTheBrowserRefusesNothing(RunningPortal portal, Http http, Mailbox mailbox) {
        String base = portal.baseUrl();
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "csp-journey");
        long business = Applicants.approvedBusiness(http, mailbox, merchant, Applicants.uniqueName("Kaffeerösterei"));
        Http.Answer created = http.json(
                "POST",
                "/api/shop/backoffice/products",
                "{\"businessId\":" + business
                        + ",\"titleDe\":\"Nonce-Kaffee\",\"titleEn\":\"Nonce coffee\",\"descriptionDe\":\"Langsam geröstet.\","
                        + "\"category\":\"kaffee-tee\",\"food\":true,\"ingredients\":\"100 % Arabica\",\"pickup\":true,\"parcel\":true,"
                        + "\"deliveryDays\":\"2-3\",\"variants\":[{\"sku\":\"CSP-" + business
                        + "\",\"priceCents\":549,\"vatRate\":7,"
                        + "\"contentAmount\":250,\"contentUnit\":\"g\",\"stock\":5}]}",
                "Authorization",
                merchant.bearer());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long product = created.json().getJsonNumber("id").longValue();
        CspViolations.record(browser);

        browser.get(base + "/produkte");
        visible("main");
        assertRefusedNothing();
        ((JavascriptExecutor) browser)
                .executeScript("var s = document.createElement('script');"
                        + "s.textContent = 'window.__injected = 1'; document.head.appendChild(s);");
        wait.until(d -> !CspViolations.seen(d).isEmpty());
        assertThat(CspViolations.seen(browser))
                .as("a script the page did not bring is refused, and heard")
                .singleElement()
                .asString()
                .startsWith("script-src-elem inline");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__injected === undefined;"))
                .isEqualTo(true);
        assertThat(CspViolations.inConsole(browser))
                .as("Chromium's console reports it too (what every journey checks)")
                .singleElement()
                .asString()
                .contains("inline script violates the following Content Security Policy directive");

        browser.get(base + "/produkte/" + product);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Nonce-Kaffee"));
        assertRefusedNothing();

        browser.get(base + "/betriebe/baeckerei-mueller");
        visible("map-load").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-marker-icon")));
        assertRefusedNothing();

        browser.get(base + "/backoffice/shop/products.xhtml?business=" + business);
        assertRefusedNothing(); // the login page
        visible("login:email").sendKeys(merchant.email());
        browser.findElement(By.id("login:password")).sendKeys(Accounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        visible("new-product");
        assertRefusedNothing();

        browser.findElement(By.cssSelector("input.delete")).click();
        wait.until(ExpectedConditions.alertIsPresent()).dismiss();
        assertThat(http.get("/api/shop/products/" + product).status())
                .as("kept when the merchant says no")
                .isEqualTo(200);

        browser.findElement(By.cssSelector("a.edit")).click();
        visible("product:option0").sendKeys("Größe");
        browser.findElement(By.id("product:titleEn")).click(); // leaving the field sends the form in the background
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".variant-table thead"), "Größe"));
        browser.findElement(By.id("product:add-variant")).click();
        wait.until(
                d -> d.findElements(By.cssSelector(".variant-table tbody tr")).size() == 2);
        browser.findElement(By.cssSelector("input.remove-variant")).click();
        wait.until(
                d -> d.findElements(By.cssSelector(".variant-table tbody tr")).size() == 1);
        assertRefusedNothing();

        browser.get(base + "/backoffice/shop/products.xhtml?business=" + business);
        visible("new-product");
        browser.findElement(By.cssSelector("input.delete")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(d -> http.get("/api/shop/products/" + product).status() == 404);
        assertRefusedNothing();

        browser.get(base + "/backoffice/directory/business.xhtml?id=" + business);
        visible("map-load").click();
        visible("map-canvas").click(); // the merchant places the pin
        wait.until(d -> !d.findElement(By.cssSelector(".pin-latitude"))
                .getAttribute("value")
                .isBlank());
        assertRefusedNothing();
    }

    @Test
    void theOperatorsPagesWorkAndTheBrowserRefusesNothing(RunningPortal portal) {
        String base = portal.baseUrl();
        CspViolations.record(browser);
        browser.get(base + "/admin/core/accounts.xhtml");
        visible("login:email").sendKeys(Applicants.OPERATOR);
        browser.findElement(By.id("login:password")).sendKeys("operator-demo");
        browser.findElement(By.id("login:submit")).click();

        visible("accounts:query").sendKeys("kunde@impuls.example");
        browser.findElement(By.id("accounts:search")).click();
        wait.until(d -> d.findElements(By.cssSelector(".account-email")).size() == 1);
        browser.findElement(By.cssSelector(".lock-button"))
                .click(); // PrimeFaces opens the dialog when the answer is in
        visible("lock-dialog");
        assertRefusedNothing();

        for (String page : new String[] {
            "/admin/core/audit.xhtml",
            "/admin/core/plugins.xhtml",
            "/admin/core/legal.xhtml",
            "/admin/directory/applications.xhtml",
            "/admin/directory/reports.xhtml",
            "/admin/directory/categories.xhtml",
            "/admin/shop/categories.xhtml",
            "/konto"
        }) {
            browser.get(base + page);
            visible("main");
            assertRefusedNothing();
        }
    }

    private void assertRefusedNothing() {
        assertThat(CspViolations.seen(browser))
                .as("refused on " + browser.getCurrentUrl())
                .isEmpty();
    }
}
