package org.impuls.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.BrowserJourney;
import org.impuls.systemtest.Database;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A visitor registers, confirms through the demo mailbox, logs in, creates an API token (confirmed with the
 * password) and uses it,
 * forgets the password and resets it, downloads nothing secret, and finally deletes the account.
 */
@ExtendWith(Portal.class)
class CustomerAccountJourneyIT extends BrowserJourney {

    @Test
    void registerConfirmUseTokenResetPasswordAndDelete(RunningPortal portal, Http http, Database database) {
        String email = Accounts.newAddress("journey");
        String base = portal.baseUrl();

        browser.get(base + "/login");
        browser.findElement(By.id("register-link")).click();
        browser.findElement(By.id("register:submit")).click();
        assertThat(text("register:email-message")).isNotBlank();
        type("register:displayName", "Jana Jürgens-Weiß");
        type("register:email", email);
        type("register:password", "kurz");
        browser.findElement(By.id("register:submit")).click();
        assertThat(text("register:password-message")).contains("mindestens 10 Zeichen");
        assertThat(browser.findElement(By.id("register:email")).getAttribute("value"))
                .as("input kept")
                .isEqualTo(email);
        type("register:password", Accounts.PASSWORD);
        browser.findElement(By.id("register:submit")).click();
        assertThat(text("register-done")).contains("Mail");

        followNewestLinkInMailbox(base, email, "bestätigen");
        assertThat(text("confirmed")).contains("bestätigt");

        logIn(base, email, Accounts.PASSWORD);
        browser.findElement(By.id("header-account")).click();
        assertThat(text("account-summary")).as("umlauts survive the form").contains("Jana Jürgens-Weiß", email);

        type("tokens:name", "Tabellenkalkulation");
        browser.findElement(By.id("tokens:create")).click();
        // an AJAX answer: wait for the message rather than read the empty element at once
        wait.until(driver ->
                !driver.findElement(By.id("tokens:password-message")).getText().isBlank());
        assertThat(browser.findElements(By.id("created-token")))
                .as("a new token asks for the password again")
                .isEmpty();
        type("tokens:name", "Tabellenkalkulation");
        type("tokens:password", Accounts.PASSWORD);
        browser.findElement(By.id("tokens:create")).click();
        String token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("created-token")))
                .getText();
        assertThat(http.get("/api/core/me", "Authorization", "Bearer " + token)
                        .json()
                        .getString("email"))
                .isEqualTo(email);

        browser.findElement(By.id("logout-form:logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("header-login"))); // the logout finished
        browser.get(base + "/passwort-vergessen");
        type("forgot:email", email);
        browser.findElement(By.id("forgot:submit")).click();
        assertThat(text("forgot-done")).contains("unterwegs");
        followNewestLinkInMailbox(base, email, "Zurücksetzen");
        type("reset:password", "ganz-neues-passwort");
        browser.findElement(By.id("reset:submit")).click();
        assertThat(text("reset-done")).contains("neues Passwort");

        logIn(base, email, Accounts.PASSWORD);
        assertThat(text("login:messages")).contains("stimmen nicht");
        Accounts.waitOutLoginDelay(database, email);
        logIn(base, email, "ganz-neues-passwort");
        browser.get(base + "/konto");
        type("delete:password", "ganz-neues-passwort");
        browser.findElement(By.id("delete:confirm")).click();
        wait.until(ExpectedConditions.urlContains("deleted=true"));
        assertThat(browser.findElement(By.id("header-login")).isDisplayed()).isTrue();

        logIn(base, email, "ganz-neues-passwort");
        assertThat(text("login:messages")).contains("stimmen nicht");
        assertThat(http.get("/api/core/me", "Authorization", "Bearer " + token).status())
                .isEqualTo(401);
    }

    private void followNewestLinkInMailbox(String base, String email, String subjectPart) {
        browser.get(base + "/demo/postfach");
        for (WebElement mail : browser.findElements(By.cssSelector("article.mail"))) {
            if (mail.getText().contains(email)
                    && mail.findElement(By.tagName("h2")).getText().contains(subjectPart)) {
                String link = mail.findElement(By.cssSelector(".mail__body a")).getAttribute("href");
                browser.get(link);
                return;
            }
        }
        throw new AssertionError("no mail about '" + subjectPart + "' to " + email + " in the demo mailbox");
    }

    private void logIn(String base, String email, String password) {
        browser.get(base + "/login");
        type("login:email", email);
        type("login:password", password);
        browser.findElement(By.id("login:submit")).click();
        // the click returns before the answer arrives: wait until we left the login page or it says why not
        wait.until(driver -> !driver.getCurrentUrl().endsWith("/login")
                || !driver.findElements(By.id("login:messages")).isEmpty());
    }

    private void type(String id, String text) {
        WebElement field = visible(id);
        field.clear();
        field.sendKeys(text);
    }

    private String text(String id) {
        return visible(id).getText();
    }
}
