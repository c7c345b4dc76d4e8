package org.impuls.systemtest.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.account.Accounts;

/** Merchants made the way merchants are made: register, confirm, apply for a business, be approved. */
public final class Applicants {

    public static final String OPERATOR = "operator@impuls.example";

    private Applicants() {}

    /** A confirmed account and its bearer header. */
    public record Merchant(String email, String bearer) {}

    public static Merchant register(Http http, Mailbox mailbox, String who) {
        String email = Accounts.registerAndConfirm(http, mailbox, who);
        return new Merchant(email, Accounts.bearer(Accounts.tokenFor(http, email, Accounts.PASSWORD)));
    }

    /** One token for the whole run: an account holds at most 20, and many tests need the operator. */
    private static final java.util.Map<String, String> OPERATOR_TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    public static String operator(Http http) {
        return OPERATOR_TOKENS.computeIfAbsent(
                http.baseUrl(), url -> Accounts.bearer(Accounts.tokenFor(http, OPERATOR, "operator-demo")));
    }

    /** A unique business name; "Teststube" keeps it out of the demo data's search expectations. */
    public static String uniqueName(String prefix) {
        return prefix + " Teststube " + UUID.randomUUID().toString().substring(0, 6);
    }

    public static String application(String name, String kind, int employees, int branches, String headOffice) {
        return "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"categories\":[\"restaurants\"],"
                + "\"street\":\"Marktstraße 1\",\"postalCode\":\"67655\",\"city\":\"Kaiserslautern\","
                + "\"descriptionDe\":\"Pfälzer Küche\",\"employees\":" + employees + ",\"branches\":" + branches
                + ",\"headOfficePostalCode\":\"" + headOffice + "\"}";
    }

    /** Applies and answers the created application. */
    public static JsonObject apply(Http http, Merchant merchant, String applicationJson) {
        Http.Answer created =
                http.json("POST", "/api/directory/applications", applicationJson, "Authorization", merchant.bearer());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    public static JsonObject decide(Http http, String operatorBearer, long id, String decision, String reason) {
        String body =
                "{\"decision\":\"" + decision + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
        Http.Answer decided = http.json(
                "POST", "/api/directory/applications/" + id + "/decision", body, "Authorization", operatorBearer);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        return decided.json();
    }

    /** A merchant who owns an approved business; answers the business id. */
    public static long approvedBusiness(Http http, Mailbox mailbox, Merchant merchant, String name) {
        long id = apply(http, merchant, application(name, "COMMERCIAL", 5, 1, "67655"))
                .getJsonNumber("id")
                .longValue();
        decide(http, operator(http), id, "APPROVE", null);
        return id;
    }
}
