package org.impuls.systemtest.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Anyone reports a listing; the operator hides it with a reason the business is told, and shows it again. */
@ExtendWith(Portal.class)
class ModerationIT {

    @Test
    void aReportedListingIsHiddenWithAReasonAndShownAgain(Http http, Mailbox mailbox) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "moderation");
        long id = Applicants.approvedBusiness(http, mailbox, merchant, Applicants.uniqueName("Kneipe"));
        String slug = http.get("/api/directory/backoffice/businesses/" + id, "Authorization", merchant.bearer())
                .json()
                .getString("slug");
        String operator = Applicants.operator(http);

        Http.Answer reported = http.json(
                "POST",
                "/api/directory/reports",
                "{\"business\":\"" + slug
                        + "\",\"reason\":\"UNLAWFUL\",\"message\":\"Das Profil wirbt für Glücksspiel.\"}");
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        assertThat(http.get("/api/directory/reports", "Authorization", operator).body())
                .contains(slug, "Glücksspiel");

        assertThat(http.json(
                                "POST",
                                "/api/directory/reports/listings/" + id + "/hide",
                                "{\"reason\":\"\"}",
                                "Authorization",
                                operator)
                        .status())
                .as("hiding needs a reason")
                .isEqualTo(400);
        JsonObject hidden = http.json(
                        "POST",
                        "/api/directory/reports/listings/" + id + "/hide",
                        "{\"reason\":\"Werbung für Glücksspiel ist nicht erlaubt.\"}",
                        "Authorization",
                        operator)
                .json();

        assertThat(hidden.getString("status")).isEqualTo("HIDDEN");
        assertThat(http.get("/betriebe/" + slug).status()).isEqualTo(404);
        assertThat(http.get("/api/directory/businesses/" + slug).status()).isEqualTo(404);
        assertThat(http.get("/api/directory/reports", "Authorization", operator).body())
                .as("the report is resolved")
                .doesNotContain(slug);
        assertThat(GreenMailUtil.getBody(mailbox.awaitMail(merchant.email(), "ausgeblendet")))
                .contains("nicht erlaubt");
        assertThat(http.get("/api/directory/backoffice/businesses/" + id, "Authorization", merchant.bearer())
                        .json()
                        .getString("statusReason"))
                .isEqualTo("Werbung für Glücksspiel ist nicht erlaubt.");

        assertThat(http.json("POST", "/api/directory/reports/listings/" + id + "/show", null, "Authorization", operator)
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/betriebe/" + slug).status()).isEqualTo(200);
        assertThat(mailbox.awaitMail(merchant.email(), "wieder öffentlich")).isNotNull();
    }

    @Test
    void aHiddenListingsProductsLeaveTheShopAtOnceAndComeBackWhenShown(Http http, Mailbox mailbox) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "moderation-shop");
        long id = Applicants.approvedBusiness(http, mailbox, merchant, Applicants.uniqueName("Hofladen"));
        String operator = Applicants.operator(http);
        Http.Answer product = http.json(
                "POST",
                "/api/shop/backoffice/products",
                "{\"businessId\":" + id + ",\"titleDe\":\"Apfelsaft\","
                        + "\"category\":\"kaffee-tee\",\"food\":true,\"ingredients\":\"Äpfel\",\"pickup\":true,\"variants\":[{\"sku\":\"SAFT-"
                        + id + "\",\"priceCents\":299,\"vatRate\":7}]}",
                "Authorization",
                merchant.bearer());
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        String search = "/api/shop/products?merchant=" + id;
        assertThat(http.get(search).json().getInt("total")).isEqualTo(1);

        http.json(
                "POST",
                "/api/directory/reports/listings/" + id + "/hide",
                "{\"reason\":\"Bitte Impressum ergänzen.\"}",
                "Authorization",
                operator);
        assertThat(http.get(search).json().getInt("total"))
                .as("the shop heard of the committed status change")
                .isZero();

        http.json("POST", "/api/directory/reports/listings/" + id + "/show", null, "Authorization", operator);
        assertThat(http.get(search).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void showingAListingThatIsNotHiddenIsAConflictNamingBothStates(Http http, Mailbox mailbox) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "moderation-twice");
        long id = Applicants.approvedBusiness(http, mailbox, merchant, Applicants.uniqueName("Metzgerei"));

        Http.Answer refused = http.json(
                "POST",
                "/api/directory/reports/listings/" + id + "/show",
                null,
                "Authorization",
                Applicants.operator(http));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail"))
                .isEqualTo("business " + id + " cannot go from APPROVED to APPROVED.");
    }

    @Test
    void badReportsAreRefusedAndOnlyOperatorsModerate(Http http, Mailbox mailbox) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "moderation-rights");

        assertThat(field(http.json(
                        "POST",
                        "/api/directory/reports",
                        "{\"business\":\"baeckerei-mueller\",\"reason\":\"WRONG\",\"message\":\"kurz\"}")))
                .isEqualTo("message");
        assertThat(
                        field(
                                http.json(
                                        "POST",
                                        "/api/directory/reports",
                                        "{\"business\":\"gibt-es-nicht\",\"reason\":\"WRONG\",\"message\":\"Die Adresse stimmt nicht mehr.\"}")))
                .isEqualTo("business");
        assertThat(http.json(
                                "POST",
                                "/api/directory/reports",
                                "{\"business\":\"baeckerei-mueller\",\"reason\":\"QUATSCH\",\"message\":\"Die Adresse stimmt nicht mehr.\"}")
                        .status())
                .isEqualTo(400);
        assertThat(http.get("/api/directory/reports", "Authorization", merchant.bearer())
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/directory/reports").status()).isEqualTo(401);
        assertThat(http.json(
                                "POST",
                                "/api/directory/reports/listings/1/hide",
                                "{\"reason\":\"weil\"}",
                                "Authorization",
                                merchant.bearer())
                        .status())
                .isEqualTo(403);
    }

    private static String field(Http.Answer answer) {
        assertThat(answer.status()).isEqualTo(400);
        return answer.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
