package org.impuls.systemtest.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.BrowserJourney;
import org.impuls.systemtest.CspViolations;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In the browser: a merchant names the business with markup that would run script ({@code <img onerror>},
 * {@code <script>}); once it is public, a visitor opens its profile, the map's popup and the directory search,
 * and reads the name as text while none of it runs.
 */
@ExtendWith(Portal.class)
class HostileBusinessNameJourneyIT extends BrowserJourney {

    @Test
    void aBusinessNamedWithMarkupIsShownAsTextAndRunsNothing(RunningPortal portal, Http http, Mailbox mailbox) {
        String word = "Xss" + UUID.randomUUID().toString().substring(0, 6);
        String name = "<img src=x onerror=window.__xss=1><script>window.__xss=2</script> Teststube " + word;
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "hostile-name");
        long id = Applicants.apply(
                        http,
                        merchant,
                        "{\"name\":\"" + name + "\",\"kind\":\"COMMERCIAL\",\"categories\":[\"restaurants\"],"
                                + "\"street\":\"Marktstraße 1\",\"postalCode\":\"67655\",\"city\":\"Kaiserslautern\",\"latitude\":49.4447,"
                                + "\"longitude\":7.769,\"descriptionDe\":\"Pfälzer Küche\",\"employees\":3,\"branches\":1,"
                                + "\"headOfficePostalCode\":\"67655\"}")
                .getJsonNumber("id")
                .longValue();
        Applicants.decide(http, Applicants.operator(http), id, "APPROVE", null);
        String slug = http.get("/api/directory/backoffice/businesses/" + id, "Authorization", merchant.bearer())
                .json()
                .getString("slug");
        CspViolations.record(browser);

        browser.get(portal.baseUrl() + "/betriebe/" + slug);
        assertThat(visible("map-consent").isDisplayed()).isTrue();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        visible("map-load").click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".leaflet-marker-icon")))
                .click();
        WebElement popup =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content")));

        assertNothingRan(name);
        assertThat(popup.getText()).as("the name as text in the popup").isEqualTo(name);
        assertThat(popup.findElements(By.cssSelector("img, script")))
                .as("no element made of the name")
                .isEmpty();

        browser.get(portal.baseUrl() + "/betriebe?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), name));
        assertNothingRan(name);
    }

    private void assertNothingRan(String name) {
        Object ran = ((JavascriptExecutor) browser)
                .executeScript("return window.__xss === undefined ? null : String(window.__xss);");
        assertThat(ran)
                .as("script from the name ran on " + browser.getCurrentUrl())
                .isNull();
        assertThat(CspViolations.seen(browser))
                .as("nothing even tried to run on " + browser.getCurrentUrl())
                .isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(name);
    }
}
