package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.Browser;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A visitor switches to English, reads the imprint from the footer, and keeps English on the way back. */
@ExtendWith(Portal.class)
class LanguageAndLegalPagesJourneyIT {

    private final WebDriver browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void visitorSwitchesToEnglishAndFollowsTheLegalLinks(RunningPortal portal) {
        browser.get(portal.baseUrl() + "/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        assertThat(browser.findElement(By.id("footer-imprint")).getText()).isEqualTo("Impressum");

        browser.findElement(By.id("language-en")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        browser.findElement(By.id("footer-imprint")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Imprint");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("67655 Kaiserslautern");

        browser.findElement(By.id("footer-privacy")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Privacy policy");

        browser.findElement(By.id("footer-terms")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Terms of use");

        browser.get(portal.baseUrl() + "/");
        assertThat(browser.findElement(By.className("skip-link")).getAttribute("textContent")).isEqualTo("Skip to content");
    }
}
