package org.impuls.systemtest.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Images;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Merchants edit their own business through the back-office API, and nobody else's: merchant A,
 * merchant B, a customer, an anonymous caller and an operator against A's business. The kind is the
 * operator's; a new name or address waits for the operator's review. Staff join by an invitation
 * (approved businesses only, ten a day, for the invited address only) and leave when removed.
 */
@ExtendWith(Portal.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BusinessEditingIT {

    private Applicants.Merchant merchantA;
    private Applicants.Merchant merchantB;
    private long businessA;
    private long businessB;

    @BeforeAll
    void twoMerchantsWithABusinessEach(Http http, Mailbox mailbox) {
        merchantA = Applicants.register(http, mailbox, "edit-a");
        merchantB = Applicants.register(http, mailbox, "edit-b");
        businessA = Applicants.approvedBusiness(http, mailbox, merchantA, Applicants.uniqueName("Gasthaus A"));
        businessB = Applicants.approvedBusiness(http, mailbox, merchantB, Applicants.uniqueName("Gasthaus B"));
    }

    @Test
    void aMerchantSeesOnlyTheirOwnBusinesses(Http http) {
        Http.Answer mine = http.get("/api/directory/backoffice/businesses", "Authorization", merchantA.bearer());

        assertThat(mine.jsonArray())
                .extracting(b -> b.asJsonObject().getJsonNumber("id").longValue())
                .containsExactly(businessA);
    }

    @Test
    void theOwnerChangesTheProfileAndThePublicSeesIt(Http http) {
        JsonObject changed = put(
                        http,
                        businessA,
                        merchantA.bearer(),
                        profile(
                                "Gasthaus zum Löwen Teststube",
                                "Mo-Sa 11:00-23:00; PH off",
                                "\"ownerName\":\"Lena Löwe\",\"vatId\":\"DE987654321\",\"tags\":\"Zwiebelkuchenbuffet, Weinschorle\""))
                .json();
        String slug = changed.getString("slug");

        JsonObject publicProfile = http.get("/api/directory/businesses/" + slug).json();
        assertThat(publicProfile.getString("openingHours")).isEqualTo("Mo-Sa 11:00-23:00; PH off");
        assertThat(publicProfile.getString("tags")).isEqualTo("Zwiebelkuchenbuffet, Weinschorle");
        assertThat(publicProfile.getJsonObject("legal").getString("ownerName")).isEqualTo("Lena Löwe");
        assertThat(http.get("/api/directory/businesses?q=zwiebelkuchenbuffet")
                        .json()
                        .getInt("total"))
                .as("tags are searchable")
                .isEqualTo(1);
        assertThat(http.get("/betriebe/" + slug).body()).contains("Lena Löwe", "DE987654321");
    }

    @Test
    void nobodyElseChangesOrReadsTheBusiness(Http http, Mailbox mailbox) {
        String customer = Accounts.bearer(Accounts.tokenFor(
                http, Accounts.registerAndConfirm(http, mailbox, "edit-customer"), Accounts.PASSWORD));
        String body = profile("Übernommen", null, null);

        assertThat(put(http, businessA, merchantB.bearer(), body).status())
                .as("merchant B")
                .isEqualTo(403);
        assertThat(http.get("/api/directory/backoffice/businesses/" + businessA, "Authorization", merchantB.bearer())
                        .status())
                .isEqualTo(403);
        assertThat(put(http, businessA, customer, body).status())
                .as("a customer")
                .isEqualTo(403);
        assertThat(put(http, businessA, null, body).status()).as("anonymous").isEqualTo(401);
        assertThat(Images.upload(
                                http,
                                "PUT",
                                "/api/directory/backoffice/businesses/" + businessA + "/logo",
                                Images.photo(64, 64, "png"),
                                "image/png",
                                merchantB.bearer())
                        .status())
                .as("B's logo on A")
                .isEqualTo(403);
        assertThat(http.get("/api/directory/staff/" + businessA, "Authorization", merchantB.bearer())
                        .status())
                .isEqualTo(403);
        assertThat(http.json(
                                "POST",
                                "/api/directory/staff/" + businessA + "/invitations",
                                "{\"email\":\"b@example.org\"}",
                                "Authorization",
                                merchantB.bearer())
                        .status())
                .as("B invites into A")
                .isEqualTo(403);
        assertThat(put(http, 999_999, merchantA.bearer(), body).status()).isEqualTo(404);
        assertThat(http.get("/api/directory/backoffice/businesses/" + businessA, "Authorization", merchantA.bearer())
                        .json()
                        .getJsonObject("profile")
                        .getString("name"))
                .doesNotContain("Übernommen");
    }

    @Test
    void staffCannotChangeTheKindButAnOperatorCan(Http http) {
        JsonObject current = staffView(http, businessB, merchantB.bearer()).getJsonObject("profile");
        String asClub = current.toString().replace("\"kind\":\"COMMERCIAL\"", "\"kind\":\"CLUB\"");

        Http.Answer refused = put(http, businessB, merchantB.bearer(), asClub);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).startsWith("kind:").contains("operators");
        assertThat(staffView(http, businessB, merchantB.bearer())
                        .getJsonObject("profile")
                        .getString("kind"))
                .isEqualTo("COMMERCIAL");

        String operator = Applicants.operator(http);
        try {
            Http.Answer reclassified = put(http, businessB, operator, asClub);
            assertThat(reclassified.status()).as(reclassified.body()).isEqualTo(200);
            assertThat(reclassified.json().getBoolean("freeOfCharge")).isTrue();
        } finally {
            put(http, businessB, operator, current.toString());
        }
    }

    @Test
    void aNewNameIsPublicOnlyOnceTheOperatorApprovesIt(Http http, Mailbox mailbox) {
        String slug = staffView(http, businessA, merchantA.bearer()).getString("slug");
        String approved = publicProfile(http, slug).getString("name");
        String proposed = Applicants.uniqueName("Gasthaus Umbenannt");

        JsonObject saved = put(http, businessA, merchantA.bearer(), profile(proposed, null, null))
                .json();

        assertThat(saved.getBoolean("changeWaitingForReview")).isTrue();
        assertThat(saved.getJsonObject("approved").getString("name")).isEqualTo(approved);
        assertThat(saved.getJsonObject("profile").getString("name")).isEqualTo(proposed);
        assertThat(publicProfile(http, slug).getString("name"))
                .as("the public keeps the approved name")
                .isEqualTo(approved);
        assertThat(http.get("/api/directory/businesses?q=" + URLEncoder.encode(proposed, StandardCharsets.UTF_8))
                        .json()
                        .getInt("total"))
                .isZero();
        assertThat(http.get(
                                "/backoffice/directory/business.xhtml?id=" + businessA,
                                "Cookie",
                                http.logIn(merchantA.email(), Accounts.PASSWORD))
                        .body())
                .contains("Änderung wartet auf Prüfung", proposed);
        assertThat(mailbox.awaitMail(Applicants.OPERATOR, "Änderung zu prüfen")).isNotNull();
        String operator = Applicants.operator(http);
        assertThat(http.get("/api/directory/profile-changes", "Authorization", merchantA.bearer())
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/directory/profile-changes", "Authorization", operator)
                        .body())
                .contains(proposed);

        Http.Answer approval = http.json(
                "POST",
                "/api/directory/profile-changes/" + businessA + "/decision",
                "{\"decision\":\"APPROVE\"}",
                "Authorization",
                operator);

        assertThat(approval.status()).as(approval.body()).isEqualTo(200);
        assertThat(publicProfile(http, slug).getString("name")).isEqualTo(proposed);
        assertThat(staffView(http, businessA, merchantA.bearer()).getBoolean("changeWaitingForReview"))
                .isFalse();
        assertThat(mailbox.awaitMail(merchantA.email(), "übernommen")).isNotNull();
    }

    @Test
    void aRejectedAddressChangeLeavesTheApprovedAddress(Http http) {
        JsonObject current = staffView(http, businessB, merchantB.bearer()).getJsonObject("profile");
        String slug = staffView(http, businessB, merchantB.bearer()).getString("slug");
        String moved = current.toString()
                .replace("\"street\":\"" + current.getString("street") + "\"", "\"street\":\"Neue Gasse 9\"");
        assertThat(put(http, businessB, merchantB.bearer(), moved).json().getBoolean("changeWaitingForReview"))
                .isTrue();
        String operator = Applicants.operator(http);
        String decision = "/api/directory/profile-changes/" + businessB + "/decision";

        assertThat(http.json("POST", decision, "{\"decision\":\"REJECT\"}", "Authorization", operator)
                        .status())
                .as("a rejection needs a reason")
                .isEqualTo(400);
        assertThat(http.json(
                                "POST",
                                decision,
                                "{\"decision\":\"REJECT\",\"reason\":\"Bitte die Adresse belegen.\"}",
                                "Authorization",
                                operator)
                        .status())
                .isEqualTo(200);

        assertThat(publicProfile(http, slug).getString("street")).isEqualTo(current.getString("street"));
        JsonObject after = staffView(http, businessB, merchantB.bearer());
        assertThat(after.getBoolean("changeWaitingForReview")).isFalse();
        assertThat(after.getJsonObject("profile").getString("street")).isEqualTo(current.getString("street"));
        assertThat(http.json("POST", decision, "{\"decision\":\"APPROVE\"}", "Authorization", operator)
                        .status())
                .as("nothing waits any more")
                .isEqualTo(409);
    }

    @Test
    void operatorsMayCorrectAnyBusiness(Http http) {
        Http.Answer corrected =
                put(http, businessB, Applicants.operator(http), profile("Gasthaus B korrigiert Teststube", null, null));

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().getJsonObject("profile").getString("name"))
                .isEqualTo("Gasthaus B korrigiert Teststube");
    }

    @Test
    void theMerchantGivesTheTaxNumberAndSmallBusinessFlagWhichStayOffThePublicProfile(Http http) {
        JsonObject current = staffView(http, businessB, merchantB.bearer()).getJsonObject("profile");
        String withTax = Json.createObjectBuilder(current)
                .add("taxNumber", "27/123/45678")
                .add("smallBusiness", true)
                .build()
                .toString();

        Http.Answer saved = put(http, businessB, merchantB.bearer(), withTax);

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonObject profile = staffView(http, businessB, merchantB.bearer()).getJsonObject("profile");
        assertThat(profile.getString("taxNumber")).isEqualTo("27/123/45678");
        assertThat(profile.getBoolean("smallBusiness")).isTrue();
        JsonObject publicLegal = http.get(
                        "/api/directory/businesses/" + saved.json().getString("slug"))
                .json()
                .getJsonObject("legal");
        assertThat(publicLegal.containsKey("taxNumber"))
                .as("the tax number is not for the public")
                .isFalse();
        assertThat(publicLegal.containsKey("ownerName")).isTrue();
    }

    @Test
    void aTaxNumberOfTheWrongFormIsRefusedNamingTheField(Http http) {
        JsonObject current = staffView(http, businessA, merchantA.bearer()).getJsonObject("profile");

        Http.Answer refused = put(
                http,
                businessA,
                merchantA.bearer(),
                Json.createObjectBuilder(current)
                        .add("taxNumber", "27/123-ABC")
                        .build()
                        .toString());

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("taxNumber");
        assertThat(staffView(http, businessA, merchantA.bearer())
                        .getJsonObject("profile")
                        .getString("taxNumber"))
                .isNotEqualTo("27/123-ABC");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing(Http http) {
        Http.Answer refused = put(
                http,
                businessA,
                merchantA.bearer(),
                "{\"name\":\"Neu\",\"kind\":\"COMMERCIAL\",\"categories\":[\"restaurants\"],\"street\":\"Marktstraße 1\","
                        + "\"postalCode\":\"67655\",\"city\":\"Kaiserslautern\",\"openingHours\":\"Mo-Fr 8-18\",\"website\":\"javascript:alert(1)\"}");
        Http.Answer badHours = put(http, businessA, merchantA.bearer(), profile("Neu", "Mo-Fr 8-18", null));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("website");
        assertThat(badHours.status()).isEqualTo(400);
        assertThat(badHours.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("openingHours");
        assertThat(badHours.json().getString("detail")).contains("8-18");
        assertThat(http.get("/api/directory/backoffice/businesses/" + businessA, "Authorization", merchantA.bearer())
                        .json()
                        .getJsonObject("profile")
                        .getString("name"))
                .isNotEqualTo("Neu");
    }

    @Test
    void logoAndPhotosAppearOnTheProfile(Http http) {
        String base = "/api/directory/backoffice/businesses/" + businessA;
        Http.Answer logo = Images.upload(
                http,
                "PUT",
                base + "/logo?filename=logo.png",
                Images.photo(300, 300, "png"),
                "image/png",
                merchantA.bearer());
        Http.Answer photo = Images.upload(
                http,
                "POST",
                base + "/photos?filename=laden.jpg",
                Images.photo(1200, 800, "jpeg"),
                "image/jpeg",
                merchantA.bearer());
        Http.Answer notAnImage = Images.upload(
                http, "POST", base + "/photos?filename=x.jpg", "<html>".getBytes(), "image/jpeg", merchantA.bearer());

        assertThat(logo.status()).as(logo.body()).isEqualTo(200);
        assertThat(photo.status()).as(photo.body()).isEqualTo(201);
        assertThat(notAnImage.status()).isEqualTo(400);
        JsonObject staffView =
                http.get(base, "Authorization", merchantA.bearer()).json();
        assertThat(staffView.getString("logoUrl"))
                .isEqualTo("/media/" + logo.json().getJsonNumber("id") + "/medium");
        assertThat(staffView.getJsonArray("photoUrls")).hasSize(1);
        assertThat(http.get(staffView.getJsonArray("photoUrls").getString(0)).status())
                .isEqualTo(200);

        long photoId = photo.json().getJsonNumber("id").longValue();
        assertThat(http.json("DELETE", base + "/photos/" + photoId, null, "Authorization", merchantA.bearer())
                        .status())
                .isEqualTo(204);
        assertThat(http.get(base, "Authorization", merchantA.bearer()).json().getJsonArray("photoUrls"))
                .isEmpty();
    }

    @Test
    void anApplicantOfAPendingBusinessCannotInvite(Http http, Mailbox mailbox) {
        Applicants.Merchant applicant = Applicants.register(http, mailbox, "edit-applicant");
        long pending = Applicants.apply(
                        http,
                        applicant,
                        Applicants.application(Applicants.uniqueName("Wartestube"), "COMMERCIAL", 2, 1, "67655"))
                .getJsonNumber("id")
                .longValue();
        String invitation = "{\"email\":\"freund@example.org\"}";

        assertThat(http.json(
                                "POST",
                                "/api/directory/staff/" + pending + "/invitations",
                                invitation,
                                "Authorization",
                                applicant.bearer())
                        .status())
                .isEqualTo(403);
        Http.Answer byOperator = http.json(
                "POST",
                "/api/directory/staff/" + pending + "/invitations",
                invitation,
                "Authorization",
                Applicants.operator(http));
        assertThat(byOperator.status())
                .as("not even an operator invites into a business that is not approved")
                .isEqualTo(409);
        assertThat(byOperator.json().getString("detail")).contains("approved");
    }

    @Test
    void theEleventhInvitationOfADayIsRefusedEvenAmongParallelOnes(Http http, Mailbox mailbox) throws Exception {
        Applicants.Merchant owner = Applicants.register(http, mailbox, "edit-inviter");
        long business = Applicants.approvedBusiness(http, mailbox, owner, Applicants.uniqueName("Gasthaus Einladung"));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Http.Answer>> sent = new ArrayList<>();
        try {
            for (int i = 1; i <= 12; i++) {
                String body = "{\"email\":\"kollege" + i + "@example.org\"}";
                sent.add(pool.submit(() -> http.json(
                        "POST",
                        "/api/directory/staff/" + business + "/invitations",
                        body,
                        "Authorization",
                        owner.bearer())));
            }
            List<Http.Answer> answers = new ArrayList<>();
            for (Future<Http.Answer> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(answers)
                    .extracting(Http.Answer::status)
                    .filteredOn(status -> status == 202)
                    .hasSize(10);
            Http.Answer refused =
                    answers.stream().filter(a -> a.status() != 202).findFirst().orElseThrow();
            assertThat(answers)
                    .extracting(Http.Answer::status)
                    .filteredOn(status -> status != 202)
                    .containsOnly(429);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getString("detail")).contains("at most 10 invitations a day");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheInvitedAddressJoinsTheStaffAndLosesAccessWhenRemoved(Http http, Mailbox mailbox) {
        String colleagueEmail = Accounts.registerAndConfirm(http, mailbox, "edit-colleague");
        String colleague = Accounts.bearer(Accounts.tokenFor(http, colleagueEmail, Accounts.PASSWORD));
        String intruder = Accounts.bearer(Accounts.tokenFor(
                http, Accounts.registerAndConfirm(http, mailbox, "edit-intruder"), Accounts.PASSWORD));
        assertThat(http.get("/api/directory/backoffice/businesses/" + businessA, "Authorization", colleague)
                        .status())
                .isEqualTo(403);

        assertThat(http.json(
                                "POST",
                                "/api/directory/staff/" + businessA + "/invitations",
                                "{\"email\":\"" + colleagueEmail + "\"}",
                                "Authorization",
                                merchantA.bearer())
                        .status())
                .isEqualTo(202);
        String link = Mailbox.linkIn(mailbox.awaitMail(colleagueEmail, "Einladung"));
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(link).contains("/einladung?token=");
        Http.Answer wrongAccount = http.json(
                "POST",
                "/api/directory/staff/invitations/acceptance",
                "{\"token\":\"" + token + "\"}",
                "Authorization",
                intruder);
        assertThat(wrongAccount.status())
                .as("another account with the forwarded link")
                .isEqualTo(400);
        assertThat(wrongAccount.json().getString("detail")).contains("sent to another e-mail address");
        assertThat(http.get("/api/directory/backoffice/businesses/" + businessA, "Authorization", intruder)
                        .status())
                .isEqualTo(403);
        assertThat(http.json(
                                "POST",
                                "/api/directory/staff/invitations/acceptance",
                                "{\"token\":\"" + token + "\"}",
                                "Authorization",
                                colleague)
                        .status())
                .isEqualTo(200);

        assertThat(http.get("/api/directory/backoffice/businesses/" + businessA, "Authorization", colleague)
                        .status())
                .isEqualTo(200);
        assertThat(http.json(
                                "POST",
                                "/api/directory/staff/invitations/acceptance",
                                "{\"token\":\"" + token + "\"}",
                                "Authorization",
                                colleague)
                        .status())
                .as("an invitation works once")
                .isEqualTo(400);
        JsonObject owner =
                http.get("/api/directory/staff/" + businessA, "Authorization", colleague).jsonArray().stream()
                        .map(m -> m.asJsonObject())
                        .filter(m -> m.getBoolean("owner"))
                        .findFirst()
                        .orElseThrow();
        assertThat(http.json(
                                "DELETE",
                                "/api/directory/staff/" + businessA + "/" + owner.getJsonNumber("accountId"),
                                null,
                                "Authorization",
                                colleague)
                        .status())
                .as("the owner stays")
                .isEqualTo(409);

        long colleagueId =
                http.get("/api/directory/staff/" + businessA, "Authorization", merchantA.bearer()).jsonArray().stream()
                        .map(m -> m.asJsonObject())
                        .filter(m -> m.getString("email").equalsIgnoreCase(colleagueEmail))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("accountId")
                        .longValue();
        assertThat(http.json(
                                "DELETE",
                                "/api/directory/staff/" + businessA + "/" + colleagueId,
                                null,
                                "Authorization",
                                merchantA.bearer())
                        .status())
                .isEqualTo(204);
        assertThat(http.get("/api/directory/backoffice/businesses/" + businessA, "Authorization", colleague)
                        .status())
                .isEqualTo(403);
    }

    private static JsonObject staffView(Http http, long id, String bearer) {
        return http.get("/api/directory/backoffice/businesses/" + id, "Authorization", bearer)
                .json();
    }

    private static JsonObject publicProfile(Http http, String slug) {
        return http.get("/api/directory/businesses/" + slug).json().getJsonObject("summary");
    }

    private static Http.Answer put(Http http, long id, String bearer, String body) {
        return bearer == null
                ? http.json("PUT", "/api/directory/backoffice/businesses/" + id, body)
                : http.json("PUT", "/api/directory/backoffice/businesses/" + id, body, "Authorization", bearer);
    }

    private static String profile(String name, String hours, String extraFields) {
        return "{\"name\":\"" + name
                + "\",\"kind\":\"COMMERCIAL\",\"categories\":[\"restaurants\"],\"street\":\"Marktstraße 1\","
                + "\"postalCode\":\"67655\",\"city\":\"Kaiserslautern\""
                + (hours == null ? "" : ",\"openingHours\":\"" + hours + "\"")
                + (extraFields == null ? "" : "," + extraFields) + "}";
    }
}
