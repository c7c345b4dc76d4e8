package org.impuls.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A test that drives a real Chromium: a fresh browser for each test, closed after it, and a patient wait. A journey
 * fails when the browser refused anything under the Content-Security-Policy on its way (a script or image the
 * pages need would be missing).
 */
public abstract class BrowserJourney {

    protected final WebDriver browser = Browser.open();
    protected final WebDriverWait wait = (WebDriverWait)
            new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);

    @AfterEach
    void closeBrowser() {
        try {
            assertThat(CspViolations.inConsole(browser))
                    .as("refused by the Content-Security-Policy during the journey")
                    .isEmpty();
        } finally {
            browser.quit();
        }
    }

    /**
     * The element once it is visible (after a submit the next page may take a moment); if it never
     * comes, says where the browser is instead of only "not found".
     */
    protected WebElement visible(String id) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "no #" + id + " on " + browser.getCurrentUrl() + ": "
                            + browser.findElement(By.tagName("main")).getText(),
                    e);
        }
    }

    /**
     * Clicks an element as a person does: scrolled to the middle of the window and once it stands still there (while
     * the page still settles after the scroll, a click at its old place can land beside it).
     */
    protected void clickSteady(WebElement element) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        String where = "const r = arguments[0].getBoundingClientRect(); return r.x + ',' + r.y;";
        String before = String.valueOf(script.executeScript(where, element));
        for (int i = 0; i < 20; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            String now = String.valueOf(script.executeScript(where, element));
            if (now.equals(before)) {
                break;
            }
            before = now;
        }
        element.click();
    }
}
