package org.impuls.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
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
}
