package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impuls.systemtest.shop.CheckoutShops.body;
import static org.impuls.systemtest.shop.CheckoutShops.cart;
import static org.impuls.systemtest.shop.CheckoutShops.checkout;
import static org.impuls.systemtest.shop.CheckoutShops.delivered;
import static org.impuls.systemtest.shop.CheckoutShops.key;
import static org.impuls.systemtest.shop.CheckoutShops.pickup;
import static org.impuls.systemtest.shop.CheckoutShops.product;

import jakarta.json.JsonObject;
import java.util.List;
import org.impuls.launcher.RunningPortal;
import org.impuls.systemtest.BrowserJourney;
import org.impuls.systemtest.CspViolations;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/** A guest opens the order page on a phone (#17): everything readable, nothing refused by the CSP. */
@ExtendWith(Portal.class)
class OrderPagesJourneyIT extends BrowserJourney {

    @Test
    void aGuestReadsTheOrderOnAPhone(RunningPortal portal, Http http, Mailbox mailbox) {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long rolls = product(http, shops.bakery, "Handybrötchen", 45, 7, 0, 0, 100);
        long book = product(http, shops.bookshop, "Handybuch mit einem recht langen Titel", 1990, 7, 0, 0, 10);
        String cart = cart(http, null, rolls, 4, book, 1);
        String slot = CheckoutShops.firstSlot(http, cart, shops.bakery.business());
        Http.Answer placed = checkout(
                http,
                cart,
                key(),
                body(
                        Accounts.newAddress("page-phone"),
                        "bank-transfer",
                        false,
                        List.of(pickup(shops.bakery, slot), delivered(shops.bookshop, "PARCEL"))));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonObject order = placed.json();
        browser.manage().window().setSize(new Dimension(360, 740));
        CspViolations.record(browser);

        browser.get(portal.baseUrl() + "/bestellung/" + order.getString("accessToken"));

        assertThat(visible("order-number").getText()).isEqualTo(order.getString("number"));
        assertThat(browser.findElements(By.cssSelector(".order-part"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#transfers tbody tr"))).hasSize(2);
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue())
                .as("the page does not scroll sideways; wide tables scroll in their own region")
                .isLessThanOrEqualTo(0);
        assertThat(CspViolations.seen(browser)).isEmpty();
    }
}
