package org.impuls.systemtest.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.BrowserJourney;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In the browser: a merchant applies (first with gaps, then complete) and follows the application on
 * their applications page (no back office yet), answers the operator's question there, the operator
 * approves in the review queue, the merchant sets opening hours with the week form and a closure, and
 * the public profile shows them; another business's editor stays closed to the merchant.
 */
@ExtendWith(Portal.class)
class MerchantJourneyIT extends BrowserJourney {

    @Test
    void applyGetApprovedAndSetOpeningHours(RunningPortal portal, Http http, Mailbox mailbox) {
        String base = portal.baseUrl();
        String email = Accounts.registerAndConfirm(http, mailbox, "journey-merchant");
        String name = Applicants.uniqueName("Weinhaus");

        browser.get(base + "/betrieb-anmelden");
        logIn(email, Accounts.PASSWORD);
        visible("apply:submit").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("apply"), "Bitte ausfüllen."));
        assertThat(browser.findElement(By.id("apply")).getText()).contains("Bitte mindestens eine Kategorie wählen.");

        visible("apply:name").sendKeys(name);
        browser.findElement(By.cssSelector("input[name='apply:categories'][value='restaurants']"))
                .click();
        field("apply:street", "Schillerstraße 3");
        field("apply:postalCode", "67655");
        field("apply:city", "Kaiserslautern");
        field("apply:employees", "4");
        field("apply:branches", "1");
        field("apply:headOfficePostalCode", "67655");
        browser.findElement(By.id("apply:submit")).click();
        WebElement application = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.xpath("//article[h2[text()='" + name + "']]")));
        assertThat(application.getText()).contains("Antrag wird geprüft");
        String editUrl = base + "/backoffice/directory/business.xhtml?id="
                + application.getAttribute("id").replace("application-", "");
        browser.get(editUrl);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")))
                        .getText())
                .as("no back office before the approval")
                .isEqualTo("Kein Zugriff");

        askInTheReviewQueue(base, name, "Seit wann gibt es das Weinhaus?");
        browser.get(base + "/account/directory/applications.xhtml");
        logIn(email, Accounts.PASSWORD);
        WebElement asked = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.xpath("//article[h2[text()='" + name + "']]")));
        assertThat(asked.getText()).contains("Das Portal bittet um Auskunft", "Seit wann gibt es das Weinhaus?");
        asked.findElement(By.cssSelector("textarea.application-answer")).sendKeys("Seit 1998, ein Familienbetrieb.");
        asked.findElement(By.cssSelector("input.send-answer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("applications:messages"), "Danke"));
        assertThat(browser.findElement(By.xpath("//article[h2[text()='" + name + "']]"))
                        .getText())
                .contains("Antrag wird geprüft", "Seit 1998, ein Familienbetrieb.");

        approveInTheReviewQueue(base, name);

        browser.get(editUrl);
        logIn(email, Accounts.PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("business-status"), "Öffentlich"));
        for (String day : new String[] {"Mo", "Tu", "We", "Th", "Fr"}) {
            dayField(day).clear();
            dayField(day).sendKeys("10:00-14:00, 17:00-22:00");
        }
        dayField("Sa").sendKeys("morgens");
        browser.findElement(By.id("profile:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile:week"), "Sa: 'morgens'"));

        dayField("Sa").clear();
        dayField("Sa").sendKeys("17:00-01:00");
        browser.findElement(By.cssSelector("input[id$='closedOnHolidays']")).click();
        field("profile:taxNumber", "27/123/45678");
        browser.findElement(By.id("profile:smallBusiness")).click();
        browser.findElement(By.id("profile:add-closure")).click();
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".closure-first")));
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value='2026-12-24';"
                                + "document.querySelector('.closure-last').value='2027-01-06';",
                        first);
        browser.findElement(By.id("profile:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile:messages"), "Gespeichert."));

        browser.findElement(By.id("public-link")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("osm-hours")))
                        .getText())
                .isEqualTo("Mo-Fr 10:00-14:00,17:00-22:00; Sa 17:00-01:00; PH off; 2026 Dec 24-2027 Jan 06 off");
        assertThat(browser.getPageSource())
                .as("the tax number is not for the public")
                .doesNotContain("27/123/45678");
        browser.get(editUrl);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile:taxNumber")))
                        .getAttribute("value"))
                .isEqualTo("27/123/45678");
        assertThat(browser.findElement(By.id("profile:smallBusiness")).isSelected())
                .isTrue();

        browser.get(base + "/backoffice/directory/business.xhtml?id=1");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")))
                        .getText())
                .isEqualTo("Kein Zugriff");
        assertThat(browser.getPageSource()).doesNotContain("Marktstraße 12");
    }

    @Test
    void theMapLoadsOnlyAfterConsentAndThePageSurvivesMissingTiles(RunningPortal portal, Http http) {
        String operator = Applicants.operator(http);
        // a tile server that does not answer: the page must stay usable
        http.json(
                "PUT",
                "/api/platform/plugins/directory/settings",
                "{\"mapTileUrl\":\"https://127.0.0.1:9/{z}/{x}/{y}.png\"}",
                "Authorization",
                operator);
        try {
            browser.get(portal.baseUrl() + "/betriebe/baeckerei-mueller");
            assertThat(visible("map-consent").getText()).contains("127.0.0.1");
            assertThat(browser.findElement(By.id("map-canvas")).isDisplayed()).isFalse();
            assertThat(browser.findElements(By.cssSelector("img.leaflet-tile")))
                    .as("no tile before consent")
                    .isEmpty();

            visible("map-load").click();

            assertThat(visible("map-canvas").isDisplayed()).isTrue();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-marker-icon")));
            assertThat(visible("map-note").getText()).contains("Kartenkacheln");
            assertThat(browser.findElement(By.id("open-now")).getText()).isNotBlank();
        } finally {
            http.json(
                    "PUT",
                    "/api/platform/plugins/directory/settings",
                    "{\"mapTileUrl\":\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"}",
                    "Authorization",
                    operator);
        }
    }

    private void askInTheReviewQueue(String base, String name, String question) {
        browser.manage().deleteAllCookies(); // a new session: logged out
        browser.get(base + "/admin/directory/applications.xhtml");
        logIn("operator@impuls.example", "operator-demo");
        WebElement application = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.xpath("//article[h2[text()='" + name + "']]")));
        application.findElement(By.cssSelector("textarea.review-reason")).sendKeys(question);
        application.findElement(By.cssSelector("input.ask")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:messages"), "um Auskunft gebeten"));
        browser.manage().deleteAllCookies();
    }

    private void approveInTheReviewQueue(String base, String name) {
        browser.manage().deleteAllCookies(); // a new session: logged out
        browser.get(base + "/admin/directory/applications.xhtml");
        logIn("operator@impuls.example", "operator-demo");
        WebElement application = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.xpath("//article[h2[text()='" + name + "']]")));
        assertThat(browser.findElement(By.xpath("//article[h2[starts-with(text(),'BackWelt')]]"))
                        .getText())
                .as("the demo chain is flagged")
                .contains("Mehr Beschäftigte als die Regeln erlauben", "Hauptsitz außerhalb der Region");
        application.findElement(By.cssSelector("input.reject")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:messages"), "Begründung"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//article[h2[text()='" + name + "']]")))
                .findElement(By.cssSelector("input.approve"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:messages"), "ist aufgenommen"));
        browser.manage().deleteAllCookies(); // a new session: logged out
    }

    private void logIn(String email, String password) {
        visible("login:email").sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    private WebElement dayField(String day) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input.day-" + day)));
    }

    private void field(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
