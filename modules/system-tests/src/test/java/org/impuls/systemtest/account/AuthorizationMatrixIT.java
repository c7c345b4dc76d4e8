package org.impuls.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impuls.systemtest.account.Accounts.PASSWORD;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each role against each protected page (by direct URL, with a browser session) and each protected
 * endpoint (with a bearer token). "login" means: sent to the login page; 401: asked to authenticate.
 */
@ExtendWith(Portal.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private enum Role {
        ANONYMOUS,
        CUSTOMER,
        MERCHANT,
        OPERATOR
    }

    private final Map<Role, String> sessions = new java.util.EnumMap<>(Role.class);
    private final Map<Role, String> tokens = new java.util.EnumMap<>(Role.class);
    private long merchantBusiness;
    private long pendingBusiness;
    private String applicantToken;
    private String applicantSession;

    @BeforeAll
    void accounts(Http http, Mailbox mailbox) {
        String customer = Accounts.registerAndConfirm(http, mailbox, "matrix-customer");
        String merchant = Accounts.registerAndConfirm(http, mailbox, "matrix-merchant");
        String applicant = Accounts.registerAndConfirm(http, mailbox, "matrix-applicant");
        tokens.put(Role.MERCHANT, Accounts.tokenFor(http, merchant, PASSWORD));
        tokens.put(Role.OPERATOR, Accounts.tokenFor(http, "operator@impuls.example", "operator-demo"));
        // the owner of an approved business is a MERCHANT; an applicant waiting for the decision is not
        merchantBusiness = applyFor(http, "Matrix Teststube", Accounts.tokenFor(http, merchant, PASSWORD));
        Http.Answer approved = http.json(
                "POST",
                "/api/directory/applications/" + merchantBusiness + "/decision",
                "{\"decision\":\"APPROVE\"}",
                "Authorization",
                "Bearer " + tokens.get(Role.OPERATOR));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        applicantToken = Accounts.tokenFor(http, applicant, PASSWORD);
        pendingBusiness = applyFor(http, "Matrix Wartestube", applicantToken);
        applicantSession = http.logIn(applicant, PASSWORD);
        sessions.put(Role.CUSTOMER, http.logIn(customer, PASSWORD));
        sessions.put(Role.MERCHANT, http.logIn(merchant, PASSWORD));
        sessions.put(Role.OPERATOR, http.logIn("operator@impuls.example", "operator-demo"));
        tokens.put(Role.CUSTOMER, Accounts.tokenFor(http, customer, PASSWORD));
    }

    private static long applyFor(Http http, String name, String token) {
        Http.Answer application = http.json(
                "POST",
                "/api/directory/applications",
                "{\"name\":\"" + name + "\",\"kind\":\"COMMERCIAL\","
                        + "\"categories\":[\"restaurants\"],\"street\":\"Marktstraße 1\",\"postalCode\":\"67655\",\"city\":\"Kaiserslautern\","
                        + "\"employees\":2,\"branches\":1,\"headOfficePostalCode\":\"67655\"}",
                "Authorization",
                "Bearer " + token);
        assertThat(application.status()).as(application.body()).isEqualTo(201);
        return application.json().getJsonNumber("id").longValue();
    }

    /** An applicant is a customer until the approval: their application, nothing of the back office. */
    @Test
    void anApplicantIsNoMerchant(Http http) {
        String bearer = "Bearer " + applicantToken;
        Map<String, Integer> answers = new java.util.LinkedHashMap<>();
        for (String page : List.of(
                "/backoffice/directory/index.xhtml",
                "/backoffice/directory/business.xhtml?id=" + pendingBusiness,
                "/backoffice/directory/staff.xhtml?id=" + pendingBusiness,
                "/backoffice/shop/products.xhtml?business=" + pendingBusiness,
                "/account/directory/applications.xhtml")) {
            answers.put(page, http.get(page, "Cookie", applicantSession).status());
        }
        for (String endpoint : List.of(
                "/api/shop/backoffice/products?business=" + pendingBusiness,
                "/api/directory/backoffice/businesses",
                "/api/directory/backoffice/businesses/" + pendingBusiness,
                "/api/directory/staff/" + pendingBusiness,
                "/api/directory/applications/" + pendingBusiness)) {
            answers.put(endpoint, http.get(endpoint, "Authorization", bearer).status());
        }

        assertThat(answers)
                .containsExactly(
                        Map.entry("/backoffice/directory/index.xhtml", 403),
                        Map.entry("/backoffice/directory/business.xhtml?id=" + pendingBusiness, 403),
                        Map.entry("/backoffice/directory/staff.xhtml?id=" + pendingBusiness, 403),
                        Map.entry("/backoffice/shop/products.xhtml?business=" + pendingBusiness, 403),
                        Map.entry("/account/directory/applications.xhtml", 200),
                        Map.entry("/api/shop/backoffice/products?business=" + pendingBusiness, 403),
                        Map.entry("/api/directory/backoffice/businesses", 403),
                        Map.entry("/api/directory/backoffice/businesses/" + pendingBusiness, 403),
                        Map.entry("/api/directory/staff/" + pendingBusiness, 403),
                        Map.entry("/api/directory/applications/" + pendingBusiness, 200));
        assertThat(http.get("/api/core/me", "Authorization", bearer)
                        .json()
                        .getJsonArray("roles")
                        .toString())
                .isEqualTo("[\"CUSTOMER\"]");
        assertThat(http.get("/", "Cookie", applicantSession).body()).doesNotContain("id=\"header-backoffice\"");
    }

    @Test
    void pagesByDirectUrl(Http http) {
        List<String> wrong = new ArrayList<>();
        expectPage(http, wrong, "/konto", "login", "200", "200", "200");
        expectPage(http, wrong, "/account/index.xhtml", "login", "200", "200", "200");
        expectPage(http, wrong, "/account/directory/applications.xhtml", "login", "200", "200", "200");
        expectPage(http, wrong, "/konto/bestellungen", "login", "200", "200", "200");
        expectPage(http, wrong, "/account/shop/orders.xhtml", "login", "200", "200", "200");
        // nobody's order: the same 404 for everyone logged in, as for another customer's
        expectPage(http, wrong, "/konto/bestellungen/2000-000001", "login", "404", "404", "404");
        expectPage(http, wrong, "/bestellung/AAAAAAAAAAAAAAAAAAAAAA", "404", "404", "404", "404");
        expectPage(http, wrong, "/backoffice/core/index.xhtml", "login", "403", "200", "200");
        expectPage(http, wrong, "/admin/core/index.xhtml", "login", "403", "403", "200");
        expectPage(http, wrong, "/admin/core/accounts.xhtml", "login", "403", "403", "200");
        expectPage(http, wrong, "/admin/core/audit.xhtml", "login", "403", "403", "200");
        expectPage(http, wrong, "/admin/core/mail.xhtml", "login", "403", "403", "200");
        expectPage(http, wrong, "/admin/core/backups.xhtml", "login", "403", "403", "200");
        expectPage(http, wrong, "/admin/core/legal.xhtml", "login", "403", "403", "200");
        expectPage(http, wrong, "/admin/shop/commission.xhtml", "login", "403", "403", "200");
        expectPage(http, wrong, "/impressum", "200", "200", "200", "200");
        expectPage(http, wrong, "/betrieb-anmelden", "login", "200", "200", "200");
        expectPage(http, wrong, "/backoffice/directory/index.xhtml", "login", "403", "200", "200");
        expectPage(
                http,
                wrong,
                "/backoffice/directory/business.xhtml?id=" + merchantBusiness,
                "login",
                "403",
                "200",
                "200");
        expectPage(
                http, wrong, "/backoffice/directory/staff.xhtml?id=" + merchantBusiness, "login", "403", "200", "200");
        expectPage(http, wrong, "/backoffice/directory/business.xhtml?id=1", "login", "403", "403", "200");
        expectPage(http, wrong, "/admin/directory/applications.xhtml", "login", "403", "403", "200");
        expectPage(http, wrong, "/admin/directory/reports.xhtml", "login", "403", "403", "200");
        expectPage(http, wrong, "/admin/directory/categories.xhtml", "login", "403", "403", "200");
        // business 1 is a demo bakery that sells: only its staff and operators reach its shop pages
        expectPage(http, wrong, "/backoffice/shop/products.xhtml?business=1", "login", "403", "403", "200");
        expectPage(http, wrong, "/backoffice/shop/product.xhtml?business=1", "login", "403", "403", "200");
        expectPage(http, wrong, "/backoffice/shop/delivery.xhtml?business=1", "login", "403", "403", "200");
        expectPage(http, wrong, "/backoffice/shop/orders.xhtml?business=1", "login", "403", "403", "200");
        expectPage(http, wrong, "/admin/shop/categories.xhtml", "login", "403", "403", "200");
        assertThat(wrong).isEmpty();
    }

    @Test
    void endpointsByBearerToken(Http http) {
        List<String> wrong = new ArrayList<>();
        expectApi(http, wrong, "GET", "/api/core/me", null, "401", "200", "200", "200");
        expectApi(http, wrong, "GET", "/api/core/me/tokens", null, "401", "200", "200", "200");
        expectApi(http, wrong, "GET", "/api/core/audit", null, "401", "403", "403", "200");
        expectApi(http, wrong, "GET", "/api/core/outbox/failed", null, "401", "403", "403", "200");
        // the operator passes the check and hears that there is no such failed mail
        expectApi(http, wrong, "POST", "/api/core/outbox/999999999/retry", null, "401", "403", "403", "404");
        expectApi(http, wrong, "GET", "/api/core/admin/accounts", null, "401", "403", "403", "200");
        expectApi(http, wrong, "DELETE", "/api/core/admin/accounts/1/lock", null, "401", "403", "403", "200");
        expectApi(http, wrong, "GET", "/api/core/legal-pages/imprint", null, "200", "200", "200", "200");
        expectApi(http, wrong, "GET", "/api/directory/applications", null, "401", "403", "403", "200");
        expectApi(
                http,
                wrong,
                "GET",
                "/api/directory/applications/" + merchantBusiness,
                null,
                "401",
                "403",
                "200",
                "200");
        expectApi(http, wrong, "GET", "/api/directory/reports", null, "401", "403", "403", "200");
        expectApi(
                http,
                wrong,
                "GET",
                "/api/directory/backoffice/businesses/" + merchantBusiness,
                null,
                "401",
                "403",
                "200",
                "200");
        expectApi(http, wrong, "GET", "/api/directory/backoffice/businesses/1", null, "401", "403", "403", "200");
        expectApi(http, wrong, "GET", "/api/directory/staff/1", null, "401", "403", "403", "200");
        expectApi(http, wrong, "GET", "/api/shop/backoffice/products?business=1", null, "401", "403", "403", "200");
        expectApi(http, wrong, "GET", "/api/shop/backoffice/businesses/1/orders", null, "401", "403", "403", "200");
        expectApi(
                http, wrong, "GET", "/api/shop/backoffice/catalog/export?business=1", null, "401", "403", "403", "200");
        // the operator passes the check and hears that there was no import yet
        expectApi(
                http,
                wrong,
                "GET",
                "/api/shop/backoffice/catalog/import/progress?business=1",
                null,
                "401",
                "403",
                "403",
                "404");
        // the operator passes the check and is told the names are missing
        expectApi(http, wrong, "POST", "/api/shop/categories", "{}", "401", "403", "403", "400");
        assertThat(wrong).isEmpty();
    }

    @Test
    void headerOffersOnlyTheAreasARoleMayEnter(Http http) {
        String anonymous = http.get("/").body();
        String customer = http.get("/", "Cookie", sessions.get(Role.CUSTOMER)).body();
        String merchant = http.get("/", "Cookie", sessions.get(Role.MERCHANT)).body();
        String operator = http.get("/", "Cookie", sessions.get(Role.OPERATOR)).body();

        assertThat(anonymous)
                .contains("id=\"header-login\"")
                .doesNotContain("id=\"header-account\"", "id=\"header-admin\"");
        assertThat(customer)
                .contains("id=\"header-account\"")
                .doesNotContain("id=\"header-admin\"", "id=\"header-backoffice\"");
        assertThat(merchant).contains("id=\"header-backoffice\"").doesNotContain("id=\"header-admin\"");
        assertThat(operator).contains("id=\"header-admin\"");
    }

    @Test
    void problemDocumentsExplainRefusals(Http http) {
        Http.Answer anonymous = http.get("/api/core/audit");
        Http.Answer customer = http.get("/api/core/audit", "Authorization", "Bearer " + tokens.get(Role.CUSTOMER));

        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(customer.contentType()).startsWith("application/problem+json");
        assertThat(customer.json().getString("detail")).contains("not allowed");
    }

    private void expectPage(Http http, List<String> wrong, String path, String... expected) {
        Role[] roles = Role.values();
        for (int i = 0; i < roles.length; i++) {
            Http.Answer answer =
                    roles[i] == Role.ANONYMOUS ? http.get(path) : http.get(path, "Cookie", sessions.get(roles[i]));
            String actual = answer.status() == 302 && answer.header("Location").endsWith("/login")
                    ? "login"
                    : String.valueOf(answer.status());
            if (!actual.equals(expected[i])) {
                wrong.add(roles[i] + " " + path + ": expected " + expected[i] + ", got " + actual);
            }
        }
    }

    private void expectApi(Http http, List<String> wrong, String method, String path, String body, String... expected) {
        Role[] roles = Role.values();
        for (int i = 0; i < roles.length; i++) {
            Http.Answer answer = roles[i] == Role.ANONYMOUS
                    ? http.json(method, path, body)
                    : http.json(method, path, body, "Authorization", "Bearer " + tokens.get(roles[i]));
            if (!String.valueOf(answer.status()).equals(expected[i])) {
                wrong.add(roles[i] + " " + method + " " + path + ": expected " + expected[i] + ", got "
                        + answer.status());
            }
        }
    }
}
