package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.impuls.systemtest.directory.Applicants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The merchant's payment settings (the account for bank transfers) through REST and the back-office page, only for
 * the business's own staff; and the providers' callback endpoint, which refuses what it cannot verify.
 */
@ExtendWith(Portal.class)
class PaymentSettingsIT {

    private static final String VALID = "{\"accountHolder\":\"Imkerei Blum\",\"iban\":\"de89 3704 0044 0532 0130 00\","
            + "\"bic\":\"cobadeffxxx\"}";

    @Test
    void theMerchantSetsItsAccountByRestAndOnThePageAndABadIbanIsRefusedBesideTheField(Http http, Mailbox mailbox) {
        Seller seller = seller(http, mailbox, "pay-settings");
        String path = "/api/shop/backoffice/businesses/" + seller.business() + "/payment-settings";

        assertThat(http.get(path, "Authorization", seller.merchant().bearer())
                        .json()
                        .getString("iban"))
                .as("nothing stored yet")
                .isEmpty();
        Http.Answer saved =
                http.json("PUT", path, VALID, "Authorization", seller.merchant().bearer());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonObject stored =
                http.get(path, "Authorization", seller.merchant().bearer()).json();
        assertThat(stored.getString("iban")).as("normalised").isEqualTo("DE89370400440532013000");
        assertThat(stored.getString("bic")).isEqualTo("COBADEFFXXX");
        assertThat(stored.getString("accountHolder")).isEqualTo("Imkerei Blum");

        Http.Answer refused = http.json(
                "PUT",
                path,
                "{\"accountHolder\":\"\",\"iban\":\"DE89370400440532013001\",\"bic\":\"COBA\"}",
                "Authorization",
                seller.merchant().bearer());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").stream()
                        .map(error -> error.asJsonObject().getString("field"))
                        .toList())
                .as("every field's problem at once")
                .containsExactly("accountHolder", "iban", "bic");
        assertThat(http.json(
                                "PUT",
                                path,
                                "{\"accountHolder\":\"Imkerei Blum\",\"iban\":\"DE8937040044053201300\",\"bic\":\"COBADEFF\"}",
                                "Authorization",
                                seller.merchant().bearer())
                        .json()
                        .getString("detail"))
                .as("a German IBAN has 22 characters")
                .contains("22");
        assertThat(http.get(path, "Authorization", seller.merchant().bearer())
                        .json()
                        .getString("iban"))
                .as("a refusal stores nothing")
                .isEqualTo("DE89370400440532013000");

        String session = http.logIn(seller.merchant().email(), Accounts.PASSWORD);
        String pageUrl = "/backoffice/shop/payment.xhtml?business=" + seller.business();
        Http.Answer form = http.get(pageUrl, "Cookie", session);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Kontoinhaber", "IBAN", "value=\"DE89370400440532013000\"");
        assertThat(http.get("/backoffice/shop/products.xhtml?business=" + seller.business(), "Cookie", session)
                        .body())
                .as("in the back-office menu")
                .contains("/backoffice/shop/payment.xhtml");

        Http.Answer page =
                submit(http, session, pageUrl, form.body(), "Imkerei Blum GbR", "DE12 3456 7890", "COBADEFFXXX");
        assertThat(page.body())
                .contains("Diese IBAN stimmt nicht")
                .containsPattern("id=\"payment:iban\"[^>]*value=\"DE12 3456 7890\"")
                .as("what was typed elsewhere stays")
                .contains("value=\"Imkerei Blum GbR\"");
        assertThat(page.body().indexOf("Diese IBAN stimmt nicht"))
                .as("the message is beside the IBAN field, after it and before the BIC")
                .isGreaterThan(page.body().indexOf("id=\"payment:iban\""))
                .isLessThan(page.body().indexOf("id=\"payment:bic\""));
        assertThat(http.get(path, "Authorization", seller.merchant().bearer())
                        .json()
                        .getString("accountHolder"))
                .isEqualTo("Imkerei Blum");

        String other = "DE84999900000000001234"; // a made-up account at a bank code no bank has
        Http.Answer ok = submit(
                http,
                session,
                pageUrl,
                http.get(pageUrl, "Cookie", session).body(),
                "Imkerei Blum GbR",
                other,
                "IMPUDEK2XXX");
        assertThat(ok.body()).contains("Die Zahlungseinstellungen sind gespeichert.");
        JsonObject changed =
                http.get(path, "Authorization", seller.merchant().bearer()).json();
        assertThat(changed.getString("iban")).isEqualTo(other);
        assertThat(changed.getString("accountHolder")).isEqualTo("Imkerei Blum GbR");
        assertThat(http.get(pageUrl + "&lang=en", "Cookie", session).body()).contains("Account holder");
    }

    @Test
    void anotherMerchantCanNeitherReadNorChangeTheSettingsByRestOrByThePage(Http http, Mailbox mailbox) {
        Seller a = seller(http, mailbox, "pay-owner");
        Seller b = seller(http, mailbox, "pay-other");
        String path = "/api/shop/backoffice/businesses/" + a.business() + "/payment-settings";
        assertThat(http.json("PUT", path, VALID, "Authorization", a.merchant().bearer())
                        .status())
                .isEqualTo(200);

        Http.Answer read = http.get(path, "Authorization", b.merchant().bearer());
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.body()).doesNotContain("DE89370400440532013000");
        String hijack = "{\"accountHolder\":\"Fremd\",\"iban\":\"DE84999900000000001234\",\"bic\":\"IMPUDEK2XXX\"}";
        assertThat(http.json("PUT", path, hijack, "Authorization", b.merchant().bearer())
                        .status())
                .isEqualTo(403);
        assertThat(http.get(path).status()).as("anonymous").isEqualTo(401);
        assertThat(http.get(
                                "/api/shop/backoffice/businesses/999999999/payment-settings",
                                "Authorization",
                                b.merchant().bearer())
                        .status())
                .isEqualTo(404);
        assertThat(http.get(path, "Authorization", a.merchant().bearer()).json().getString("iban"))
                .isEqualTo("DE89370400440532013000");

        String session = http.logIn(b.merchant().email(), Accounts.PASSWORD);
        Http.Answer page = http.get("/backoffice/shop/payment.xhtml?business=" + a.business(), "Cookie", session);
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("DE89370400440532013000", "Imkerei Blum");
        assertThat(http.get("/backoffice/shop/payment.xhtml", "Cookie", session).body())
                .as("without ?business= the page shows the caller's own")
                .doesNotContain("DE89370400440532013000");
    }

    @Test
    void theCallbackEndpointKnowsNoSuchMethodAndRefusesWhatItCannotVerify(Http http) {
        Http.Answer unknown = http.json("POST", "/api/shop/payments/no-such-method/callback", "{\"id\":\"evt_1\"}");
        assertThat(unknown.status()).isEqualTo(404);

        Http.Answer unverified = http.json(
                "POST",
                "/api/shop/payments/bank-transfer/callback",
                "{\"id\":\"evt_1\",\"reference\":\"K-1\",\"outcome\":\"PAID\"}",
                "X-Signature",
                "forged");
        assertThat(unverified.status()).isEqualTo(400);
        assertThat(unverified.json().getString("detail")).isEqualTo("The callback could not be verified.");
        assertThat(unverified.body()).doesNotContain("Exception", "signature", "at org.");

        Http.Answer huge = http.send(
                HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/shop/payments/bank-transfer/callback"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"x\":\"" + "a".repeat(70_000) + "\"}"))
                        .build());
        assertThat(huge.status()).as("capped in size").isEqualTo(413);
    }

    private record Seller(Applicants.Merchant merchant, long business) {}

    private static Seller seller(Http http, Mailbox mailbox, String who) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, who);
        long business = Applicants.approvedBusiness(http, mailbox, merchant, Applicants.uniqueName("Imkerei"));
        return new Seller(merchant, business);
    }

    /** Posts the payment form as a browser does. */
    private static Http.Answer submit(
            Http http, String session, String pageUrl, String page, String holder, String iban, String bic) {
        String body = "payment=payment&payment%3AaccountHolder=" + encode(holder) + "&payment%3Aiban=" + encode(iban)
                + "&payment%3Abic=" + encode(bic) + "&payment%3Asave="
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
}
