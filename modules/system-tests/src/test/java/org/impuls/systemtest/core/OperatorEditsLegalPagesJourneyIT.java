package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.BrowserJourney;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The operator logs in, is told off for an empty heading, then revises the terms of use. */
@ExtendWith(Portal.class)
class OperatorEditsLegalPagesJourneyIT extends BrowserJourney {

    @Test
    void operatorRevisesTheTermsOfUse(RunningPortal portal) {
        browser.get(portal.baseUrl() + "/admin/core/legal.xhtml");
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        browser.findElement(By.id("login:email")).sendKeys("operator@impuls.example");
        browser.findElement(By.id("login:password")).sendKeys("operator-demo");
        browser.findElement(By.id("login:submit")).click();
        // a click that submits a form returns before the next page has arrived: wait for it
        wait.until(ExpectedConditions.urlToBe(portal.baseUrl() + "/admin/core/legal.xhtml"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rechtstexte");

        choose("legal:kind", "Nutzungsbedingungen");
        wait.until(ExpectedConditions.attributeToBe(By.id("legal:title"), "value", "Nutzungsbedingungen"));

        WebElement title = browser.findElement(By.id("legal:title"));
        title.clear();
        browser.findElement(By.id("legal:save")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("legal:title-message"), "class", "ui-message-error"));
        assertThat(browser.findElement(By.id("legal:title-message")).getText()).containsIgnoringCase("leer");
        assertThat(browser.findElement(By.id("legal:title")).getAttribute("aria-invalid"))
                .isEqualTo("true");

        browser.findElement(By.id("legal:title")).sendKeys("Nutzungsbedingungen");
        WebElement editor = browser.findElement(By.cssSelector("[id='legal:body'] .ql-editor"));
        editor.click();
        editor.sendKeys(Keys.END, Keys.ENTER, "Sitzungen des Beirats sind öffentlich.");
        browser.findElement(By.id("legal:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("legal:messages"), "Gespeichert"));

        browser.get(portal.baseUrl() + "/nutzungsbedingungen");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Sitzungen des Beirats sind öffentlich.");

        browser.findElement(By.id("logout-form:logout")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("header-login")))
                        .isDisplayed())
                .isTrue();
        browser.get(portal.baseUrl() + "/admin/core/legal.xhtml");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void wrongPasswordKeepsTheVisitorOnTheLoginPageWithAMessage(RunningPortal portal, Database database) {
        browser.get(portal.baseUrl() + "/login");
        browser.findElement(By.id("login:email")).sendKeys("operator@impuls.example");
        browser.findElement(By.id("login:password")).sendKeys("wrong");
        browser.findElement(By.id("login:submit")).click();

        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:messages")))
                        .getText())
                .contains("stimmen nicht");
        assertThat(browser.findElement(By.id("login:email")).getAttribute("value"))
                .isEqualTo("operator@impuls.example");
        assertThat(browser.findElement(By.id("header-login")).isDisplayed()).isTrue();
        Accounts.waitOutLoginDelay(database, "operator@impuls.example"); // other tests log the operator in
    }

    private void choose(String menuId, String label) {
        new Select(browser.findElement(By.id(menuId))).selectByVisibleText(label);
    }
}
