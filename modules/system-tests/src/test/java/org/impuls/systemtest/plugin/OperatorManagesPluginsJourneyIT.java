package org.impuls.systemtest.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.BrowserJourney;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** In the admin the operator installs and enables the dropped-in Pinnwand, sets its title, and switches it off. */
@ExtendWith(Portal.class)
class OperatorManagesPluginsJourneyIT extends BrowserJourney {

    @Test
    void installEnableConfigureAndDisableThroughTheAdmin(RunningPortal portal, Http http) {
        String operator = PluginStates.operatorToken(http);
        PluginStates.reset(http, operator, "stolperstein", "pinnwand");
        String base = portal.baseUrl();

        browser.get(base + "/admin/core/plugins.xhtml");
        browser.findElement(By.id("login:email")).sendKeys("operator@impuls.example");
        browser.findElement(By.id("login:password")).sendKeys("operator-demo");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plugin-pinnwand")));
        assertThat(stateOf("pinnwand")).isEqualTo("DISCOVERED");
        assertThat(browser.findElement(By.id("plugin-pinnwand")).getText()).contains("Pinnwand", "1.0.0");

        click("pinnwand", "install");
        wait.until(driver -> stateOf("pinnwand").equals("INSTALLED"));
        click("pinnwand", "enable");
        wait.until(driver -> stateOf("pinnwand").equals("ENABLED"));

        WebElement title = browser.findElement(By.cssSelector("[data-setting='pinnwand.title']"));
        title.clear();
        title.sendKeys("Schwarzes Brett der Stadt");
        click("pinnwand", "save-settings");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plugins:messages"), "gespeichert"));

        browser.get(base + "/");
        browser.findElement(By.linkText("Pinnwand")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pinnwand-title")))
                        .getText())
                .isEqualTo("Schwarzes Brett der Stadt");

        browser.get(base + "/admin/core/plugins.xhtml");
        click("pinnwand", "disable");
        wait.until(driver -> stateOf("pinnwand").equals("INSTALLED"));
        browser.get(base + "/");
        assertThat(browser.findElements(By.linkText("Pinnwand"))).isEmpty();

        PluginStates.reset(http, operator, "pinnwand");
    }

    private String stateOf(String id) {
        return browser.findElement(By.cssSelector("#plugin-" + id + " .plugin-state"))
                .getText();
    }

    private void click(String id, String buttonClass) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#plugin-" + id + " ." + buttonClass)))
                .click();
    }
}
