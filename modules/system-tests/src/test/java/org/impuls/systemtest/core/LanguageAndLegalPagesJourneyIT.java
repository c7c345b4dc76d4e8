package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.BrowserJourney;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A visitor switches to English, reads the imprint from the footer, and keeps English on the way back. */
@ExtendWith(Portal.class)
class LanguageAndLegalPagesJourneyIT extends BrowserJourney {

    @Test
    void visitorSwitchesToEnglishAndFollowsTheLegalLinks(RunningPortal portal) {
        browser.get(portal.baseUrl() + "/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        assertThat(browser.findElement(By.id("footer-imprint")).getText()).isEqualTo("Impressum");

        browser.findElement(By.id("language-en")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

        browser.findElement(By.id("footer-imprint")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Imprint"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("67655 Kaiserslautern");

        browser.findElement(By.id("footer-privacy")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Privacy policy"));

        browser.findElement(By.id("footer-terms")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Terms of use"));

        browser.get(portal.baseUrl() + "/");
        assertThat(browser.findElement(By.className("skip-link")).getAttribute("textContent"))
                .isEqualTo("Skip to content");
    }

    @Test
    void keyboardUserReachesTheSkipLinkFirstAndLandsOnTheContent(RunningPortal portal) {
        browser.get(portal.baseUrl() + "/impressum");

        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("skip-link");
        assertThat(focused.isDisplayed()).isTrue();

        focused.sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    @Test
    void pagesFitAPhoneScreenWithoutSidewaysScrolling(RunningPortal portal) {
        browser.manage().window().setSize(new Dimension(375, 740));
        for (String page : new String[] {"/", "/impressum", "/suche?q=kaiserslautern", "/login"}) {
            browser.get(portal.baseUrl() + page);
            Long overflow = (Long) ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as("horizontal overflow of %s", page).isLessThanOrEqualTo(0L);
            assertThat(browser.findElement(By.id("site-search-q")).isDisplayed())
                    .isTrue();
        }
    }
}
