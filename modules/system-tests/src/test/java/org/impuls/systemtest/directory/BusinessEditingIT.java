package org.impuls.systemtest.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
 * merchant B, a customer, an anonymous caller and an operator against A's business. Staff join by
 * invitation and leave when removed.
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

        assertThat(mine.jsonArray()).extracting(b -> b.asJsonObject().getJsonNumber("id").longValue()).containsExactly(businessA);
    }

    @Test
    void theOwnerChangesTheProfileAndThePublicSeesIt(Http http) {
        JsonObject changed = put(http, businessA, merchantA.bearer(), profile("Gasthaus zum Löwen Teststube", "Mo-Sa 11:00-23:00; PH off",
                "\"ownerName\":\"Lena Löwe\",\"vatId\":\"DE987654321\",\"tags\":\"Zwiebelkuchenbuffet, Weinschorle\"")).json();
        String slug = changed.getString("slug");

        JsonObject publicProfile = http.get("/api/directory/businesses/" + slug).json();
        assertThat(publicProfile.getString("openingHours")).isEqualTo("Mo-Sa 11:00-23:00; PH off");
        assertThat(publicProfile.getString("tags")).isEqualTo("Zwiebelkuchenbuffet, Weinschorle");
        assertThat(publicProfile.getJsonObject("legal").getString("ownerName")).isEqualTo("Lena Löwe");
        assertThat(http.get("/api/directory/businesses?q=zwiebelkuchenbuffet").json().getInt("total")).as("tags are searchable").isEqualTo(1);
        assertThat(http.get("/betriebe/" + slug).body()).contains("Lena Löwe", "DE987654321");
    }

    @Test
    void nobodyElseChangesOrReadsTheBusiness(Http http, Mailbox mailbox) {
        String customer = Accounts.bearer(Accounts.tokenFor(http, Accounts.registerAndConfirm(http, mailbox, "edit-customer"),
                Accounts.PASSWORD));
        String body = profile("Übernommen", null, null);

        assertThat(put(http, businessA, merchantB.bearer(), body).status()).as("merchant B").isEqualTo(403);
        assertThat(http.get("/api/directory/backoffice/businesses/" + businessA, "Authorization", merchantB.bearer()).status()).isEqualTo(403);
        assertThat(put(http, businessA, customer, body).status()).as("a customer").isEqualTo(403);
        assertThat(put(http, businessA, null, body).status()).as("anonymous").isEqualTo(401);
        assertThat(Images.upload(http, "PUT", "/api/directory/backoffice/businesses/" + businessA + "/logo",
                Images.photo(64, 64, "png"), "image/png", merchantB.bearer()).status()).as("B's logo on A").isEqualTo(403);
        assertThat(http.get("/api/directory/staff/" + businessA, "Authorization", merchantB.bearer()).status()).isEqualTo(403);
        assertThat(http.json("POST", "/api/directory/staff/" + businessA + "/invitations", "{\"email\":\"b@example.org\"}",
                "Authorization", merchantB.bearer()).status()).as("B invites into A").isEqualTo(403);
        assertThat(put(http, 999_999, merchantA.bearer(), body).status()).isEqualTo(404);
        assertThat(http.get("/api/directory/backoffice/businesses/" + businessA, "Authorization", merchantA.bearer()).json()
                .getJsonObject("profile").getString("name")).doesNotContain("Übernommen");
    }

    @Test
    void operatorsMayCorrectAnyBusiness(Http http) {
        Http.Answer corrected = put(http, businessB, Applicants.operator(http), profile("Gasthaus B korrigiert Teststube", null, null));

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().getJsonObject("profile").getString("name")).isEqualTo("Gasthaus B korrigiert Teststube");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing(Http http) {
        Http.Answer refused = put(http, businessA, merchantA.bearer(),
                "{\"name\":\"Neu\",\"kind\":\"COMMERCIAL\",\"categories\":[\"restaurants\"],\"street\":\"Marktstraße 1\","
                        + "\"postalCode\":\"67655\",\"city\":\"Kaiserslautern\",\"openingHours\":\"Mo-Fr 8-18\",\"website\":\"javascript:alert(1)\"}");
        Http.Answer badHours = put(http, businessA, merchantA.bearer(), profile("Neu", "Mo-Fr 8-18", null));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("website");
        assertThat(badHours.status()).isEqualTo(400);
        assertThat(badHours.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("openingHours");
        assertThat(badHours.json().getString("detail")).contains("8-18");
        assertThat(http.get("/api/directory/backoffice/businesses/" + businessA, "Authorization", merchantA.bearer()).json()
                .getJsonObject("profile").getString("name")).isNotEqualTo("Neu");
    }

    @Test
    void logoAndPhotosAppearOnTheProfile(Http http) {
        String base = "/api/directory/backoffice/businesses/" + businessA;
        Http.Answer logo = Images.upload(http, "PUT", base + "/logo?filename=logo.png", Images.photo(300, 300, "png"), "image/png",
                merchantA.bearer());
        Http.Answer photo = Images.upload(http, "POST", base + "/photos?filename=laden.jpg", Images.photo(1200, 800, "jpeg"), "image/jpeg",
                merchantA.bearer());
        Http.Answer notAnImage = Images.upload(http, "POST", base + "/photos?filename=x.jpg", "<html>".getBytes(), "image/jpeg",
                merchantA.bearer());

        assertThat(logo.status()).as(logo.body()).isEqualTo(200);
        assertThat(photo.status()).as(photo.body()).isEqualTo(201);
        assertThat(notAnImage.status()).isEqualTo(400);
        JsonObject staffView = http.get(base, "Authorization", merchantA.bearer()).json();
        assertThat(staffView.getString("logoUrl")).isEqualTo("/media/" + logo.json().getJsonNumber("id") + "/medium");
        assertThat(staffView.getJsonArray("photoUrls")).hasSize(1);
        assertThat(http.get(staffView.getJsonArray("photoUrls").getString(0)).status()).isEqualTo(200);

        long photoId = photo.json().getJsonNumber("id").longValue();
        assertThat(http.json("DELETE", base + "/photos/" + photoId, null, "Authorization", merchantA.bearer()).status()).isEqualTo(204);
        assertThat(http.get(base, "Authorization", merchantA.bearer()).json().getJsonArray("photoUrls")).isEmpty();
    }

    @Test
    void anInvitedColleagueJoinsTheStaffAndLosesAccessWhenRemoved(Http http, Mailbox mailbox) {
        String colleagueEmail = Accounts.registerAndConfirm(http, mailbox, "edit-colleague");
        String colleague = Accounts.bearer(Accounts.tokenFor(http, colleagueEmail, Accounts.PASSWORD));
        assertThat(http.get("/api/directory/backoffice/businesses/" + businessA, "Authorization", colleague).status()).isEqualTo(403);

        assertThat(http.json("POST", "/api/directory/staff/" + businessA + "/invitations", "{\"email\":\"" + colleagueEmail + "\"}",
                "Authorization", merchantA.bearer()).status()).isEqualTo(202);
        String link = Mailbox.linkIn(mailbox.awaitMail(colleagueEmail, "Einladung"));
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(link).contains("/einladung?token=");
        assertThat(http.json("POST", "/api/directory/staff/invitations/acceptance", "{\"token\":\"" + token + "\"}",
                "Authorization", colleague).status()).isEqualTo(200);

        assertThat(http.get("/api/directory/backoffice/businesses/" + businessA, "Authorization", colleague).status()).isEqualTo(200);
        assertThat(http.json("POST", "/api/directory/staff/invitations/acceptance", "{\"token\":\"" + token + "\"}",
                "Authorization", colleague).status()).as("an invitation works once").isEqualTo(400);
        JsonObject owner = http.get("/api/directory/staff/" + businessA, "Authorization", colleague).jsonArray().stream()
                .map(m -> m.asJsonObject()).filter(m -> m.getBoolean("owner")).findFirst().orElseThrow();
        assertThat(http.json("DELETE", "/api/directory/staff/" + businessA + "/" + owner.getJsonNumber("accountId"), null,
                "Authorization", colleague).status()).as("the owner stays").isEqualTo(409);

        long colleagueId = http.get("/api/directory/staff/" + businessA, "Authorization", merchantA.bearer()).jsonArray().stream()
                .map(m -> m.asJsonObject()).filter(m -> m.getString("email").equalsIgnoreCase(colleagueEmail)).findFirst()
                .orElseThrow().getJsonNumber("accountId").longValue();
        assertThat(http.json("DELETE", "/api/directory/staff/" + businessA + "/" + colleagueId, null,
                "Authorization", merchantA.bearer()).status()).isEqualTo(204);
        assertThat(http.get("/api/directory/backoffice/businesses/" + businessA, "Authorization", colleague).status()).isEqualTo(403);
    }

    private static Http.Answer put(Http http, long id, String bearer, String body) {
        return bearer == null
                ? http.json("PUT", "/api/directory/backoffice/businesses/" + id, body)
                : http.json("PUT", "/api/directory/backoffice/businesses/" + id, body, "Authorization", bearer);
    }

    private static String profile(String name, String hours, String extraFields) {
        return "{\"name\":\"" + name + "\",\"kind\":\"COMMERCIAL\",\"categories\":[\"restaurants\"],\"street\":\"Marktstraße 1\","
                + "\"postalCode\":\"67655\",\"city\":\"Kaiserslautern\""
                + (hours == null ? "" : ",\"openingHours\":\"" + hours + "\"")
                + (extraFields == null ? "" : "," + extraFields) + "}";
    }
}
