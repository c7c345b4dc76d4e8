package org.impuls.systemtest.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impuls.systemtest.directory.Applicants.application;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Admission through the REST API: rules flag applications, the operator decides, the applicant hears of each step by mail. */
@ExtendWith(Portal.class)
class AdmissionIT {

    @Test
    void aSmallLocalBusinessIsNotFlaggedAndBecomesPublicOnlyWhenApproved(Http http, Mailbox mailbox) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "admission-small");
        String name = Applicants.uniqueName("Weinstube");
        JsonObject application = Applicants.apply(http, merchant, application(name, "COMMERCIAL", 6, 1, "67655"));
        long id = application.getJsonNumber("id").longValue();

        assertThat(application.getString("status")).isEqualTo("PENDING");
        assertThat(application.getJsonArray("flags")).isEmpty();
        assertThat(mailbox.awaitMail(merchant.email(), "Ihr Antrag")).isNotNull();
        assertThat(mailbox.awaitMail(Applicants.OPERATOR, "Neuer Aufnahmeantrag"))
                .isNotNull();
        assertThat(searchTotal(http, name))
                .as("pending businesses are not public")
                .isZero();

        Applicants.decide(http, Applicants.operator(http), id, "APPROVE", null);

        assertThat(mailbox.awaitMail(merchant.email(), "ist jetzt bei Impuls")).isNotNull();
        assertThat(searchTotal(http, name)).isEqualTo(1);
    }

    @Test
    void anApplicantBecomesAMerchantOnlyWhenTheOperatorApproves(Http http, Mailbox mailbox) {
        Applicants.Merchant applicant = Applicants.register(http, mailbox, "admission-role");
        String name = Applicants.uniqueName("Rösterei");
        long id = Applicants.apply(http, applicant, application(name, "COMMERCIAL", 3, 1, "67655"))
                .getJsonNumber("id")
                .longValue();
        String session = http.logIn(applicant.email(), Accounts.PASSWORD);

        assertThat(roles(http, applicant)).as("applying makes no merchant").containsExactly("CUSTOMER");
        assertThat(http.get("/api/shop/backoffice/products?business=" + id, "Authorization", applicant.bearer())
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/directory/backoffice/businesses/" + id, "Authorization", applicant.bearer())
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/backoffice/directory/index.xhtml", "Cookie", session)
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/account/directory/applications.xhtml", "Cookie", session)
                        .body())
                .as("the applicant follows the application")
                .contains(name, "Antrag wird geprüft");

        Applicants.decide(http, Applicants.operator(http), id, "APPROVE", null);

        assertThat(roles(http, applicant)).containsExactlyInAnyOrder("CUSTOMER", "MERCHANT");
        assertThat(http.get("/api/core/me", "Authorization", applicant.bearer())
                        .json()
                        .getJsonArray("businessIds")
                        .toString())
                .isEqualTo("[" + id + "]");
        assertThat(http.get("/api/shop/backoffice/products?business=" + id, "Authorization", applicant.bearer())
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/backoffice/directory/business.xhtml?id=" + id, "Cookie", session)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aChainIsFlaggedOnEveryRuleButAClubIsNotJudgedBySize(Http http, Mailbox mailbox) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "admission-chain");

        JsonObject chain = Applicants.apply(
                http, merchant, application(Applicants.uniqueName("Kette"), "COMMERCIAL", 850, 140, "80331"));
        JsonObject club =
                Applicants.apply(http, merchant, application(Applicants.uniqueName("Verein"), "CLUB", 200, 6, "67661"));

        assertThat(chain.getJsonArray("flags").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("OUTSIDE_REGION", "TOO_MANY_EMPLOYEES", "TOO_MANY_BRANCHES");
        assertThat(club.getJsonArray("flags")).isEmpty();
        assertThat(club.getBoolean("freeOfCharge")).isTrue();
        assertThat(chain.getBoolean("freeOfCharge")).isFalse();
    }

    @Test
    void theRulesFollowTheOperatorsSettings(Http http, Mailbox mailbox) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "admission-settings");
        String operator = Applicants.operator(http);
        try {
            assertThat(http.json(
                                    "PUT",
                                    "/api/platform/plugins/directory/settings",
                                    "{\"maxEmployees\":\"5\"}",
                                    "Authorization",
                                    operator)
                            .status())
                    .isEqualTo(200);
            JsonObject application = Applicants.apply(
                    http, merchant, application(Applicants.uniqueName("Café"), "COMMERCIAL", 6, 1, "67655"));
            assertThat(application.getJsonArray("flags").getValuesAs(jakarta.json.JsonString::getString))
                    .containsExactly("TOO_MANY_EMPLOYEES");
        } finally {
            http.json(
                    "PUT",
                    "/api/platform/plugins/directory/settings",
                    "{\"maxEmployees\":\"49\"}",
                    "Authorization",
                    operator);
        }
    }

    @Test
    void theOperatorAsksTheApplicantAnswersThenTheOperatorRejectsWithAReason(Http http, Mailbox mailbox) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "admission-ask");
        String operator = Applicants.operator(http);
        long id = Applicants.apply(
                        http, merchant, application(Applicants.uniqueName("Imbiss"), "COMMERCIAL", 3, 1, "67655"))
                .getJsonNumber("id")
                .longValue();
        String session = http.logIn(merchant.email(), Accounts.PASSWORD);

        Http.Answer withoutQuestion = http.json(
                "POST",
                "/api/directory/applications/" + id + "/decision",
                "{\"decision\":\"REQUEST_INFO\"}",
                "Authorization",
                operator);
        assertThat(withoutQuestion.status()).isEqualTo(400);
        assertThat(withoutQuestion.contentType()).startsWith("application/problem+json");
        assertThat(withoutQuestion
                        .json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"))
                .isEqualTo("reason");

        JsonObject asked = Applicants.decide(http, operator, id, "REQUEST_INFO", "Gehört der Betrieb zu einer Kette?");
        assertThat(asked.getString("status")).isEqualTo("INFO_REQUESTED");
        MimeMessage question = mailbox.awaitMail(merchant.email(), "Rückfrage");
        assertThat(GreenMailUtil.getBody(question)).contains("Kette");
        assertThat(Mailbox.linkIn(question))
                .as("no back office before the approval")
                .endsWith("/account/directory/applications.xhtml");
        assertThat(http.get("/account/directory/applications.xhtml", "Cookie", session)
                        .body())
                .as("the applicant, no merchant, reads the question and gets the answer form")
                .contains("Gehört der Betrieb zu einer Kette?", "application-answer");

        Http.Answer answered = http.json(
                "POST",
                "/api/directory/applications/" + id + "/answer",
                "{\"message\":\"Nein, ein Familienbetrieb.\"}",
                "Authorization",
                merchant.bearer());
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().getString("status")).isEqualTo("PENDING");
        assertThat(mailbox.awaitMail(Applicants.OPERATOR, "Antwort von")).isNotNull();

        assertThat(http.json(
                                "POST",
                                "/api/directory/applications/" + id + "/decision",
                                "{\"decision\":\"REJECT\"}",
                                "Authorization",
                                operator)
                        .status())
                .as("a rejection needs a reason")
                .isEqualTo(400);
        JsonObject rejected = Applicants.decide(http, operator, id, "REJECT", "Kein Bezug zur Region.");
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getJsonArray("history"))
                .extracting(step -> step.asJsonObject().getString("action"))
                .containsExactly("APPLIED", "INFO_REQUESTED", "RESUBMITTED", "REJECTED");
        assertThat(GreenMailUtil.getBody(mailbox.awaitMail(merchant.email(), "Entscheidung")))
                .contains("Kein Bezug zur Region.");
        assertThat(roles(http, merchant))
                .as("a rejected applicant is no merchant")
                .containsExactly("CUSTOMER");
        assertThat(http.get("/api/directory/applications/" + id, "Authorization", merchant.bearer())
                        .json()
                        .getString("status"))
                .as("and still reads the decision")
                .isEqualTo("REJECTED");

        Http.Answer again = http.json(
                "POST",
                "/api/directory/applications/" + id + "/decision",
                "{\"decision\":\"APPROVE\"}",
                "Authorization",
                operator);
        assertThat(again.status())
                .as("a decided application cannot be decided again")
                .isEqualTo(409);
    }

    @Test
    void approvingARejectedApplicationIsAConflictNamingBothStates(Http http, Mailbox mailbox) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "admission-final");
        String operator = Applicants.operator(http);
        long id = Applicants.apply(
                        http, merchant, application(Applicants.uniqueName("Eisdiele"), "COMMERCIAL", 2, 1, "67655"))
                .getJsonNumber("id")
                .longValue();
        Applicants.decide(http, operator, id, "REJECT", "Kein Bezug zur Region.");

        Http.Answer refused = http.json(
                "POST",
                "/api/directory/applications/" + id + "/decision",
                "{\"decision\":\"APPROVE\"}",
                "Authorization",
                operator);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("REJECTED", "APPROVED");
        assertThat(http.get("/api/directory/applications/" + id, "Authorization", merchant.bearer())
                        .json()
                        .getString("status"))
                .as("the rejection stands")
                .isEqualTo("REJECTED");
    }

    @Test
    void onlyOperatorsSeeTheQueueAndDecideAndOnlyTheApplicantReadsTheApplication(Http http, Mailbox mailbox) {
        Applicants.Merchant applicant = Applicants.register(http, mailbox, "admission-owner");
        Applicants.Merchant stranger = Applicants.register(http, mailbox, "admission-stranger");
        long id = Applicants.apply(
                        http, applicant, application(Applicants.uniqueName("Bistro"), "COMMERCIAL", 2, 1, "67655"))
                .getJsonNumber("id")
                .longValue();

        assertThat(http.get("/api/directory/applications", "Authorization", stranger.bearer())
                        .status())
                .isEqualTo(403);
        assertThat(http.json(
                                "POST",
                                "/api/directory/applications/" + id + "/decision",
                                "{\"decision\":\"APPROVE\"}",
                                "Authorization",
                                applicant.bearer())
                        .status())
                .as("no approving oneself")
                .isEqualTo(403);
        assertThat(http.get("/api/directory/applications/" + id, "Authorization", stranger.bearer())
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/directory/applications/" + id, "Authorization", applicant.bearer())
                        .status())
                .isEqualTo(200);
        assertThat(http.json("POST", "/api/directory/applications", application("Anonym", "COMMERCIAL", 1, 1, "67655"))
                        .status())
                .isEqualTo(401);
        assertThat(http.get("/api/directory/applications", "Authorization", Applicants.operator(http))
                        .body())
                .contains("\"id\":" + id);
    }

    @Test
    void anIncompleteApplicationIsRefusedFieldByFieldAndNothingIsStored(
            Http http, Mailbox mailbox, org.impuls.systemtest.Database database) {
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "admission-bad");
        String before = database.single("select count(*) from directory_business");

        Http.Answer refused = http.json(
                "POST",
                "/api/directory/applications",
                "{\"name\":\"\",\"kind\":\"COMMERCIAL\",\"categories\":[\"gibt-es-nicht\"],\"street\":\"x\",\"postalCode\":\"123\","
                        + "\"city\":\"KL\",\"employees\":-1,\"branches\":0,\"headOfficePostalCode\":\"67655\"}",
                "Authorization",
                merchant.bearer());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors"))
                .extracting(e -> e.asJsonObject().getString("field"))
                .contains("name", "postalCode", "employees", "branches");
        Http.Answer unknownCategory = http.json(
                "POST",
                "/api/directory/applications",
                application("Kategorienlos", "COMMERCIAL", 1, 1, "67655").replace("restaurants", "gibt-es-nicht"),
                "Authorization",
                merchant.bearer());
        assertThat(unknownCategory.status()).isEqualTo(400);
        assertThat(unknownCategory
                        .json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"))
                .isEqualTo("categories");
        assertThat(database.single("select count(*) from directory_business")).isEqualTo(before);
        assertThat(database.single(
                        "select count(*) from staff_link sl join account a on a.id = sl.account_id where a.email_key = ?",
                        merchant.email().toLowerCase()))
                .isEqualTo("0");
    }

    private static java.util.List<String> roles(Http http, Applicants.Merchant who) {
        return http.get("/api/core/me", "Authorization", who.bearer())
                .json()
                .getJsonArray("roles")
                .getValuesAs(jakarta.json.JsonString::getString);
    }

    private static int searchTotal(Http http, String name) {
        return http.get("/api/directory/businesses?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .json()
                .getInt("total");
    }
}
