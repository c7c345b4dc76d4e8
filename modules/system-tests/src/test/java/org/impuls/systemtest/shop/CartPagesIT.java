package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser's cart over plain HTTP (#16): a garbage, unknown or someone else's cart id in the cookie breaks no page
 * and shows nothing of anyone's; adding from a page sets the cookie (HttpOnly, SameSite=Lax, Path=/, 30 days) and a
 * page that then shows the count is private; a post from another site (to the add button or to the cart page's own
 * forms) is refused.
 */
@ExtendWith(Portal.class)
class CartPagesIT {

    @Test
    void aForeignOrGarbageCartCookieBreaksNoPageAndIsCleared(Http http) {
        for (String cookie :
                List.of("impuls_cart=%3Cscript%3E", "impuls_cart=AAAAAAAAAAAAAAAAAAAAAA", "impuls_cart=")) {
            for (String page : List.of("/produkte", "/warenkorb", "/")) {
                Http.Answer answer = http.get(page, "Cookie", cookie);
                assertThat(answer.status()).as(page + " with " + cookie).isEqualTo(200);
                assertThat(answer.body()).contains("Warenkorb, 0 Artikel");
            }
        }
        assertThat(setCookie(http.get("/produkte", "Cookie", "impuls_cart=%3Cscript%3E")))
                .as("a garbage id is forgotten")
                .anyMatch(c -> c.startsWith("impuls_cart=") && c.contains("Max-Age=0"));
        assertThat(setCookie(http.get("/warenkorb", "Cookie", "impuls_cart=AAAAAAAAAAAAAAAAAAAAAA")))
                .as("an unknown id is forgotten on the cart page")
                .anyMatch(c -> c.startsWith("impuls_cart=") && c.contains("Max-Age=0"));

        String bearer = "Bearer "
                + http.json(
                                "POST",
                                "/api/core/tokens",
                                "{\"email\":\"kunde@impuls.example\",\"password\":\"kunde-demo\",\"name\":\"cart-cookie\"}")
                        .json()
                        .getString("token");
        String accountCart =
                http.get("/api/shop/carts/mine", "Authorization", bearer).json().getString("id");
        Http.Answer foreign = http.get("/warenkorb", "Cookie", "impuls_cart=" + accountCart);
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.body())
                .as("an account's cart is not shown to a visitor who only has its id")
                .contains("Ihr Warenkorb ist leer", "Warenkorb, 0 Artikel");
    }

    @Test
    void aPageShowingItemsIsPrivateAndTheCookieIsHttpOnlyAndLax(Http http) {
        long variant = http.get("/api/shop/products/"
                        + http.get("/api/shop/products?q=Rapsöl".replace("ö", "%C3%B6"))
                                .json()
                                .getJsonArray("items")
                                .getJsonObject(0)
                                .getJsonNumber("id"))
                .json()
                .getJsonArray("variants")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertThat(http.get("/produkte").header("Cache-Control"))
                .as("nothing personal without a cart")
                .doesNotContain("private");

        Http.Answer crossSite = add(http, variant, "https://evil.example");
        assertThat(crossSite.status()).isEqualTo(403);

        Http.Answer added = add(http, variant, http.baseUrl());
        assertThat(added.status()).isEqualTo(303);
        assertThat(added.header("Location")).contains("/produkte", "cart=added", "cartVariant=" + variant);
        String cookie = setCookie(added).stream()
                .filter(c -> c.startsWith("impuls_cart="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=2592000");
        assertThat(cookie).as("the demo portal is plain http").doesNotContain("Secure");

        Http.Answer page = http.get("/produkte", "Cookie", cookie.split(";")[0]);
        assertThat(page.body()).contains("Warenkorb, 1 Artikel");
        assertThat(page.header("Cache-Control")).isEqualTo("private, no-store");
        Http.Answer cart = http.get("/warenkorb", "Cookie", cookie.split(";")[0]);
        assertThat(cart.body()).contains("Rapsöl kaltgepresst");
        assertThat(cart.header("Cache-Control")).isEqualTo("private, no-store");

        // the cart page's own forms are plain posts to the page: from another site nothing is read or changed
        String cartCookie = cookie.split(";")[0];
        Matcher line = Pattern.compile("name=\"line\" value=\"(\\d+)\"").matcher(cart.body());
        assertThat(line.find()).as("the line's form names its line").isTrue();
        Http.Answer foreignRemove =
                postToCart(http, cartCookie, "https://evil.example", "do=remove&line=" + line.group(1));
        assertThat(foreignRemove.status()).isEqualTo(403);
        assertThat(http.get("/warenkorb", "Cookie", cartCookie).body()).contains("Rapsöl kaltgepresst");
        Http.Answer noOrigin = postToCart(http, cartCookie, null, "do=remove&line=" + line.group(1));
        assertThat(noOrigin.status()).as("a post without Origin or Referer").isEqualTo(403);
        Http.Answer changed =
                postToCart(http, cartCookie, http.baseUrl(), "do=update&quantity=2&line=" + line.group(1));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).contains("Warenkorb, 2 Artikel");
        assertThat(changed.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(changed.body())
                .as("no JSF view state and no PrimeFaces scripts on the cart page")
                .doesNotContain("jakarta.faces.ViewState", "PrimeFaces.cw", "jquery");
    }

    private static Http.Answer postToCart(Http http, String cookie, String origin, String form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.baseUrl() + "/warenkorb"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build());
    }

    private static Http.Answer add(Http http, long variant, String origin) {
        return http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/warenkorb/hinzufuegen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString("variant=" + variant + "&quantity=1&back=%2Fprodukte"))
                .build());
    }

    private static List<String> setCookie(Http.Answer answer) {
        return answer.response().headers().allValues("Set-Cookie");
    }
}
