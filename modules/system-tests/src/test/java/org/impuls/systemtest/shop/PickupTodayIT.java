package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.impuls.systemtest.directory.Applicants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Heute abholen": only products in stock that allow pick-up, at merchants who offer pick-up and are still open
 * today; and the merchant's pick-up lead time, through REST and on the delivery page.
 */
@ExtendWith(Portal.class)
class PickupTodayIT {

    private static final String ALWAYS_OPEN = "Mo-Su 00:00-24:00";

    @Test
    void theFilterFindsOnlyStockThatCanBeFetchedTodayAtAnOpenMerchant(Http http, Mailbox mailbox) {
        String word = "Abholhonig" + letters(System.nanoTime());
        Seller open = seller(http, mailbox, "pickup-open", ALWAYS_OPEN);
        Seller noPickup = seller(http, mailbox, "pickup-none", ALWAYS_OPEN);
        Seller closed = seller(http, mailbox, "pickup-closed", ALWAYS_OPEN + "; " + closureToday());
        product(http, open, word + " Akazie", true, 5);
        product(http, open, word + " Kastanie", false, 5); // the product itself is not for pick-up
        product(http, open, word + " Tanne", true, 0); // sold out
        product(http, noPickup, word + " Linde", true, 5);
        product(http, closed, word + " Raps", true, 5);
        delivery(http, noPickup, "{\"pickup\":false,\"parcel\":true,\"parcelFlatCents\":490}");

        assertThat(titles(http, "/api/shop/products?q=" + word))
                .as("without the filter all five are listed")
                .hasSize(5);
        assertThat(titles(http, "/api/shop/products?q=" + word + "&pickupToday=true"))
                .containsExactly(word + " Akazie");
        assertThat(titles(http, "/api/shop/products?q=" + word + "&pickupToday=true&inStock=true"))
                .containsExactly(word + " Akazie");

        String page = http.get("/produkte?q=" + word + "&pickupToday=true").body();
        assertThat(page)
                .contains("Heute abholen", "id=\"shop-pickup-today\"", word + " Akazie")
                .doesNotContain(word + " Kastanie", word + " Tanne", word + " Linde", word + " Raps");
        assertThat(page).containsPattern("id=\"shop-pickup-today\"[^>]*checked=\"checked\"");
        assertThat(http.get("/produkte?q=" + word + "&pickupToday=true&lang=en").body())
                .contains("Pick up today");

        // pick-up switched off changes no product and no business, so no kept answer is forgotten: the filter
        // follows at once all the same, as the kept answers are keyed by the merchants open for pick-up
        delivery(http, open, "{\"pickup\":false,\"parcel\":true,\"parcelFlatCents\":490}");
        assertThat(titles(http, "/api/shop/products?q=" + word + "&pickupToday=true"))
                .isEmpty();
        assertThat(http.get("/produkte?q=" + word + "&pickupToday=true").body()).doesNotContain(word + " Akazie");
        delivery(http, open, "{\"pickup\":true}");
        assertThat(titles(http, "/api/shop/products?q=" + word + "&pickupToday=true"))
                .containsExactly(word + " Akazie");

        // the merchant closes today
        hours(http, open, ALWAYS_OPEN + "; " + closureToday());
        assertThat(titles(http, "/api/shop/products?q=" + word + "&pickupToday=true"))
                .isEmpty();
    }

    @Test
    void theLeadTimeRoundTripsAndABadOneIsRefusedNamingTheField(Http http, Mailbox mailbox) {
        Seller seller = seller(http, mailbox, "pickup-lead", ALWAYS_OPEN);
        String path = "/api/shop/delivery/" + seller.business();

        assertThat(http.get(path).json().getInt("pickupLeadMinutes"))
                .as("the default")
                .isEqualTo(120);
        for (String bad : List.of("-1", "10081")) {
            Http.Answer refused = http.json(
                    "PUT",
                    path,
                    "{\"pickup\":true,\"pickupLeadMinutes\":" + bad + "}",
                    "Authorization",
                    seller.merchant().bearer());
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .endsWith("pickupLeadMinutes");
        }
        assertThat(http.json(
                                "PUT",
                                path,
                                "{\"pickup\":true,\"pickupLeadMinutes\":45}",
                                "Authorization",
                                seller.merchant().bearer())
                        .status())
                .isEqualTo(200);
        assertThat(http.get(path).json().getInt("pickupLeadMinutes")).isEqualTo(45);

        // the delivery page shows it with its label, and refuses a bad value next to the field
        String session = http.logIn(seller.merchant().email(), Accounts.PASSWORD);
        String pageUrl = "/backoffice/shop/delivery.xhtml?business=" + seller.business();
        Http.Answer form = http.get(pageUrl, "Cookie", session);
        assertThat(form.body()).contains("Vorlaufzeit für Abholungen", "value=\"45\"");
        Http.Answer refused = submit(http, session, pageUrl, form.body(), "abc");
        assertThat(refused.body())
                .contains("Bitte die Vorlaufzeit in Minuten angeben")
                .containsPattern("id=\"delivery:pickupLeadMinutes\"");
        assertThat(http.get(path).json().getInt("pickupLeadMinutes")).isEqualTo(45);
        submit(http, session, pageUrl, http.get(pageUrl, "Cookie", session).body(), "90");
        assertThat(http.get(path).json().getInt("pickupLeadMinutes")).isEqualTo(90);
    }

    private record Seller(Applicants.Merchant merchant, long business, String name) {}

    private static Seller seller(Http http, Mailbox mailbox, String who, String hours) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, who);
        String name = Applicants.uniqueName("Imkerei");
        long business = Applicants.approvedBusiness(http, mailbox, merchant, name);
        Seller seller = new Seller(merchant, business, name);
        hours(http, seller, hours);
        return seller;
    }

    private static void delivery(Http http, Seller seller, String settings) {
        Http.Answer changed = http.json(
                "PUT",
                "/api/shop/delivery/" + seller.business(),
                settings,
                "Authorization",
                seller.merchant().bearer());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    /** Opening hours set the way the merchant sets them, through the directory's back office. */
    private static void hours(Http http, Seller seller, String hours) {
        String profile = "{\"name\":\"" + seller.name()
                + "\",\"kind\":\"COMMERCIAL\",\"categories\":[\"restaurants\"],\"street\":\"Marktstraße 1\","
                + "\"postalCode\":\"67655\",\"city\":\"Kaiserslautern\",\"openingHours\":\"" + hours + "\"}";
        Http.Answer changed = http.json(
                "PUT",
                "/api/directory/backoffice/businesses/" + seller.business(),
                profile,
                "Authorization",
                seller.merchant().bearer());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    /** Closed from today to tomorrow in Kaiserslautern, in OpenStreetMap's syntax. */
    private static String closureToday() {
        DateTimeFormatter osm = DateTimeFormatter.ofPattern("yyyy MMM dd", Locale.ENGLISH);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        return osm.format(today) + "-" + osm.format(today.plusDays(1)) + " off";
    }

    private static void product(Http http, Seller seller, String title, boolean pickup, int stock) {
        String sku = "ABH-" + System.nanoTime() % 10_000_000;
        String body = "{\"businessId\":" + seller.business() + ",\"titleDe\":\"" + title
                + "\",\"category\":\"feinkost\",\"food\":true,\"pickup\":" + pickup + ",\"parcel\":true,"
                + "\"variants\":[{\"sku\":\"" + sku + "\",\"optionValues\":[],\"priceCents\":690,\"vatRate\":7,"
                + "\"stock\":" + stock + "}]}";
        Http.Answer created = http.json(
                "POST",
                "/api/shop/backoffice/products",
                body,
                "Authorization",
                seller.merchant().bearer());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static List<String> titles(Http http, String path) {
        JsonObject found = http.get(path).json();
        return found.getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("title"))
                .toList();
    }

    /** Posts the delivery form as a browser does, with pick-up on and this lead time. */
    private static Http.Answer submit(Http http, String session, String pageUrl, String page, String lead) {
        String body = "delivery=delivery&delivery%3Apickup=on&delivery%3ApickupLeadMinutes=" + encode(lead)
                + "&delivery%3AlocalFee=&delivery%3AlocalMinimum=&delivery%3AlocalPostalCodes="
                + "&delivery%3AparcelFlat=&delivery%3AparcelFreeFrom=&delivery%3Asave="
                + "&jakarta.faces.ViewState=" + encode(Http.viewState(page))
                + Http.nonce(page)
                        .map(nonce -> "&primefaces.nonce=" + encode(nonce))
                        .orElse("");
        return http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + pageUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A number as letters, so that the search word is this test's own. */
    private static String letters(long number) {
        StringBuilder text = new StringBuilder();
        for (char digit : Long.toString(number % 100_000_000L).toCharArray()) {
            text.append((char) ('a' + digit - '0'));
        }
        return text.toString();
    }
}
