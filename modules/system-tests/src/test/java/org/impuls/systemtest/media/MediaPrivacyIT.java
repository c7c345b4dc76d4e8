package org.impuls.systemtest.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.impuls.systemtest.Http;
import org.impuls.systemtest.Images;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.impuls.systemtest.directory.Applicants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pictures follow what shows them: a hidden product's pictures and the logo of a business the public does not see
 * (applying, hidden by the operator) are "not found" for visitors and other merchants, yet served to the business's
 * staff (without being kept by any cache) and operators; shown again, they are public again at once.
 */
@ExtendWith(Portal.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediaPrivacyIT {

    private Applicants.Merchant merchant;
    private Applicants.Merchant other;
    private long business;

    @BeforeAll
    void twoApprovedMerchants(Http http, Mailbox mailbox) {
        merchant = Applicants.register(http, mailbox, "media-a");
        other = Applicants.register(http, mailbox, "media-b");
        business = Applicants.approvedBusiness(http, mailbox, merchant, Applicants.uniqueName("Lichtbildnerei"));
        Applicants.approvedBusiness(http, mailbox, other, Applicants.uniqueName("Töpferei"));
    }

    @Test
    void aHiddenProductsPictureIsServedOnlyToItsMerchantAndOperators(Http http) {
        String sku = "HONIG-" + System.nanoTime() % 1_000_000;
        long product = http.json(
                        "POST",
                        "/api/shop/backoffice/products",
                        honey(sku, "ACTIVE"),
                        "Authorization",
                        merchant.bearer())
                .json()
                .getJsonNumber("id")
                .longValue();
        Http.Answer uploaded = Images.upload(
                http,
                "POST",
                "/api/shop/backoffice/products/" + product + "/images?filename=honig.jpg",
                Images.photo(900, 600, "jpg"),
                "image/jpeg",
                merchant.bearer());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String thumb = uploaded.json().getString("thumbnailUrl");
        Http.Answer shown = http.get(thumb);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.header("Cache-Control"))
                .as("public, but not for a year: it may be hidden")
                .isEqualTo("public, max-age=600");

        changeStatus(http, product, sku, "HIDDEN");

        Http.Answer anonymous = http.get(thumb);
        assertThat(anonymous.status()).isEqualTo(404);
        assertThat(anonymous.header("Cache-Control")).isEqualTo("no-store");
        assertThat(http.get(thumb, "Authorization", other.bearer()).status())
                .as("another merchant")
                .isEqualTo(404);
        assertThat(http.get(uploaded.json().getString("originalUrl")).status())
                .as("every size")
                .isEqualTo(404);
        Http.Answer owner = http.get(thumb, "Authorization", merchant.bearer());
        assertThat(owner.status()).isEqualTo(200);
        assertThat(owner.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(owner.header("ETag")).as("nothing to revalidate").isEmpty();
        String session = http.logIn(merchant.email(), Accounts.PASSWORD);
        assertThat(http.get(thumb, "Cookie", session).status())
                .as("the merchant in the back office")
                .isEqualTo(200);
        assertThat(http.get(thumb, "Authorization", Applicants.operator(http)).status())
                .isEqualTo(200);

        changeStatus(http, product, sku, "ACTIVE");

        assertThat(http.get(thumb).status()).as("shown again").isEqualTo(200);
    }

    @Test
    void theLogoOfABusinessThePublicDoesNotSeeIsNotServedToVisitors(Http http, Mailbox mailbox) {
        Applicants.Merchant applicant = Applicants.register(http, mailbox, "media-c");
        long applying = Applicants.apply(
                        http,
                        applicant,
                        Applicants.application(Applicants.uniqueName("Kelterei"), "COMMERCIAL", 3, 1, "67655"))
                .getJsonNumber("id")
                .longValue();
        String operator = Applicants.operator(http);
        // whoever may change the profile of an application adds the logo; operators always may
        Http.Answer logo = Images.upload(
                http,
                "PUT",
                "/api/directory/backoffice/businesses/" + applying + "/logo?filename=logo.png",
                Images.photo(300, 300, "png"),
                "image/png",
                operator);
        assertThat(logo.status()).as(logo.body()).isEqualTo(200);
        String url = logo.json().getString("mediumUrl");

        assertThat(http.get(url).status()).as("applying").isEqualTo(404);
        assertThat(http.get(url, "Authorization", other.bearer()).status()).isEqualTo(404);
        assertThat(http.get(url, "Authorization", operator).status()).isEqualTo(200);

        Applicants.decide(http, operator, applying, "APPROVE", null);
        assertThat(http.get(url).status()).as("approved").isEqualTo(200);

        assertThat(http.json(
                                "POST",
                                "/api/directory/reports/listings/" + applying + "/hide",
                                "{\"reason\":\"Prüfung einer Meldung\"}",
                                "Authorization",
                                operator)
                        .status())
                .isEqualTo(200);
        assertThat(http.get(url).status()).as("hidden by the operator").isEqualTo(404);
        assertThat(http.get(url, "Authorization", applicant.bearer()).status())
                .as("its staff")
                .isEqualTo(200);

        assertThat(http.json(
                                "POST",
                                "/api/directory/reports/listings/" + applying + "/show",
                                null,
                                "Authorization",
                                operator)
                        .status())
                .isEqualTo(200);
        assertThat(http.get(url).status()).as("shown again").isEqualTo(200);
    }

    private void changeStatus(Http http, long product, String sku, String status) {
        Http.Answer changed = http.json(
                "PUT",
                "/api/shop/backoffice/products/" + product,
                honey(sku, status),
                "Authorization",
                merchant.bearer());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private String honey(String sku, String status) {
        return "{\"businessId\":" + business
                + ",\"titleDe\":\"Waldhonig\",\"category\":\"kaffee-tee\",\"food\":true,\"pickup\":true,"
                + "\"status\":\"" + status + "\",\"variants\":[{\"sku\":\"" + sku
                + "\",\"priceCents\":790,\"vatRate\":7,\"stock\":5}]}";
    }
}
