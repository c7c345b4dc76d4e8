package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.BrowserJourney;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In the browser, on the category page the directory and the shop share: the operator is told off for a missing
 * name, then adds a product sub-category, renames it and removes it again.
 */
@ExtendWith(Portal.class)
class CategoryAdminJourneyIT extends BrowserJourney {

    @Test
    void theOperatorAddsRenamesAndRemovesAProductCategory(RunningPortal portal, Http http) {
        String name = "Honigwaren " + System.nanoTime() % 100000;
        browser.get(portal.baseUrl() + "/admin/shop/categories.xhtml");
        visible("login:email").sendKeys("operator@impuls.example");
        browser.findElement(By.id("login:password")).sendKeys("operator-demo");
        browser.findElement(By.id("login:submit")).click();

        new Select(visible("add:parent")).selectByValue("lebensmittel");
        browser.findElement(By.id("add:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("add"), "1 bis 120 Zeichen"));

        new Select(visible("add:parent")).selectByValue("lebensmittel");
        browser.findElement(By.id("add:nameDe")).sendKeys(name);
        browser.findElement(By.id("add:nameEn")).sendKeys("Honey goods");
        browser.findElement(By.id("add:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tree:messages"), "ist angelegt"));
        String slug = http.get("/api/shop/categories").jsonArray().getValuesAs(JsonObject.class).stream()
                .flatMap(top -> top.getJsonArray("children").getValuesAs(JsonObject.class).stream())
                .filter(c -> c.getString("nameDe").equals(name))
                .findFirst()
                .orElseThrow()
                .getString("slug");

        browser.findElement(By.cssSelector("#category-" + slug + " input.name-en"))
                .clear();
        browser.findElement(By.cssSelector("#category-" + slug + " input.name-en"))
                .sendKeys("Honey and more");
        browser.findElement(By.cssSelector("#category-" + slug + " input.rename"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tree:messages"), name));
        assertThat(http.get("/api/shop/categories").body()).contains("Honey and more");

        browser.findElement(By.cssSelector("#category-" + slug + " input.remove"))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("category-" + slug)));
        assertThat(http.get("/api/shop/categories").body()).doesNotContain(name);
    }
}
