package org.impuls.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Images;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.directory.Applicants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Merchant B runs an approved business of their own, so B passes every role check; B still gets
 * nowhere with merchant A's data: every write endpoint of the shop and the directory refuses B, and
 * what A reads back afterwards is exactly what A had before.
 */
@ExtendWith(Portal.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MerchantIsolationIT {

    private Applicants.Merchant merchantA;
    private Applicants.Merchant merchantB;
    private long businessA;
    private long businessB;
    private long productA;
    private long productImageA;
    private long photoA;
    private long ownerA;

    @BeforeAll
    void twoApprovedMerchantsAndAsData(Http http, Mailbox mailbox) {
        merchantA = Applicants.register(http, mailbox, "isolation-a");
        merchantB = Applicants.register(http, mailbox, "isolation-b");
        businessA = Applicants.approvedBusiness(http, mailbox, merchantA, Applicants.uniqueName("Hofladen A"));
        businessB = Applicants.approvedBusiness(http, mailbox, merchantB, Applicants.uniqueName("Hofladen B"));

        Http.Answer created = http.json(
                "POST",
                "/api/shop/backoffice/products",
                honey(businessA, "A-HONIG", "Waldhonig A"),
                "Authorization",
                merchantA.bearer());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        productA = created.json().getJsonNumber("id").longValue();
        productImageA = id(
                Images.upload(
                        http,
                        "POST",
                        "/api/shop/backoffice/products/" + productA + "/images?filename=honig.jpg",
                        Images.photo(400, 300, "jpeg"),
                        "image/jpeg",
                        merchantA.bearer()),
                201);
        id(
                Images.upload(
                        http,
                        "PUT",
                        businesses(businessA) + "/logo?filename=logo.png",
                        Images.photo(200, 200, "png"),
                        "image/png",
                        merchantA.bearer()),
                200);
        photoA = id(
                Images.upload(
                        http,
                        "POST",
                        businesses(businessA) + "/photos?filename=laden.jpg",
                        Images.photo(600, 400, "jpeg"),
                        "image/jpeg",
                        merchantA.bearer()),
                201);
        assertThat(http.json(
                                "PUT",
                                "/api/shop/delivery/" + businessA,
                                "{\"pickup\":true,\"parcel\":true,\"parcelFlatCents\":490}",
                                "Authorization",
                                merchantA.bearer())
                        .status())
                .isEqualTo(200);
        ownerA = http.get("/api/directory/staff/" + businessA, "Authorization", merchantA.bearer())
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("accountId")
                .longValue();
    }

    @Test
    void anApprovedMerchantIsRefusedOnEveryWriteToAnotherMerchantsData(Http http) throws IOException {
        Map<String, String> before = whatAReads(http);
        String changedCatalog = http.get(
                        "/api/shop/backoffice/catalog/export?business=" + businessA,
                        "Authorization",
                        merchantA.bearer())
                .body()
                .replace("Waldhonig A", "Von B übernommen");
        String product = "/api/shop/backoffice/products/" + productA;
        String bearerB = merchantB.bearer();
        List<String> wrong = new ArrayList<>();

        // the shop
        refused(
                wrong,
                "create a product for A",
                http.json(
                        "POST",
                        "/api/shop/backoffice/products",
                        honey(businessA, "B-IN-A", "Von B"),
                        "Authorization",
                        bearerB));
        refused(
                wrong,
                "change A's product",
                http.json("PUT", product, honey(businessA, "A-HONIG", "Von B übernommen"), "Authorization", bearerB));
        refused(wrong, "copy A's product", http.json("POST", product + "/copy", null, "Authorization", bearerB));
        refused(
                wrong,
                "add a picture to A's product",
                Images.upload(
                        http,
                        "POST",
                        product + "/images?filename=b.jpg",
                        Images.photo(50, 50, "jpeg"),
                        "image/jpeg",
                        bearerB));
        refused(
                wrong,
                "remove a picture of A's product",
                http.json("DELETE", product + "/images/" + productImageA, null, "Authorization", bearerB));
        refused(wrong, "delete A's product", http.json("DELETE", product, null, "Authorization", bearerB));
        refused(wrong, "read A's product in the back office", http.get(product, "Authorization", bearerB));
        refused(
                wrong,
                "list A's products",
                http.get("/api/shop/backoffice/products?business=" + businessA, "Authorization", bearerB));
        refused(
                wrong,
                "import a CSV into A's catalogue",
                Images.upload(
                        http,
                        "POST",
                        importInto(businessA, false),
                        changedCatalog.getBytes(StandardCharsets.UTF_8),
                        "text/csv",
                        bearerB));
        refused(
                wrong,
                "dry-run a CSV on A's catalogue",
                Images.upload(
                        http,
                        "POST",
                        importInto(businessA, true),
                        changedCatalog.getBytes(StandardCharsets.UTF_8),
                        "text/csv",
                        bearerB));
        refused(
                wrong,
                "import a ZIP into A's catalogue",
                Images.upload(
                        http,
                        "POST",
                        importInto(businessA, false),
                        zipOf("katalog.csv", changedCatalog.getBytes(StandardCharsets.UTF_8)),
                        "application/zip",
                        bearerB));
        refused(
                wrong,
                "follow A's import",
                http.get(
                        "/api/shop/backoffice/catalog/import/progress?business=" + businessA,
                        "Authorization",
                        bearerB));
        refused(
                wrong,
                "export A's catalogue",
                http.get("/api/shop/backoffice/catalog/export?business=" + businessA, "Authorization", bearerB));
        refused(
                wrong,
                "change A's delivery costs",
                http.json(
                        "PUT",
                        "/api/shop/delivery/" + businessA,
                        "{\"pickup\":false,\"parcel\":true,\"parcelFlatCents\":1}",
                        "Authorization",
                        bearerB));

        // the directory
        refused(
                wrong,
                "read A's business in the back office",
                http.get(businesses(businessA), "Authorization", bearerB));
        refused(
                wrong,
                "change A's profile",
                http.json("PUT", businesses(businessA), profile("Von B übernommen"), "Authorization", bearerB));
        refused(
                wrong,
                "replace A's logo",
                Images.upload(
                        http,
                        "PUT",
                        businesses(businessA) + "/logo?filename=b.png",
                        Images.photo(50, 50, "png"),
                        "image/png",
                        bearerB));
        refused(
                wrong,
                "remove A's logo",
                http.json("DELETE", businesses(businessA) + "/logo", null, "Authorization", bearerB));
        refused(
                wrong,
                "add a photo to A",
                Images.upload(
                        http,
                        "POST",
                        businesses(businessA) + "/photos?filename=b.jpg",
                        Images.photo(50, 50, "jpeg"),
                        "image/jpeg",
                        bearerB));
        refused(
                wrong,
                "remove A's photo",
                http.json("DELETE", businesses(businessA) + "/photos/" + photoA, null, "Authorization", bearerB));
        refused(wrong, "list A's staff", http.get("/api/directory/staff/" + businessA, "Authorization", bearerB));
        refused(
                wrong,
                "invite into A",
                http.json(
                        "POST",
                        "/api/directory/staff/" + businessA + "/invitations",
                        "{\"email\":\"" + merchantB.email() + "\"}",
                        "Authorization",
                        bearerB));
        refused(
                wrong,
                "remove A's owner",
                http.json(
                        "DELETE", "/api/directory/staff/" + businessA + "/" + ownerA, null, "Authorization", bearerB));

        assertThat(wrong).as("endpoints that let B at A's data").isEmpty();
        assertThat(whatAReads(http)).as("A's data after B's attempts").isEqualTo(before);
        assertThat(http.get("/api/directory/backoffice/businesses", "Authorization", bearerB)
                        .jsonArray())
                .extracting(b -> b.asJsonObject().getJsonNumber("id").longValue())
                .as("B still has just their own business")
                .containsExactly(businessB);
    }

    /** Everything of A's that B tried to change, as A and the public read it. */
    private Map<String, String> whatAReads(Http http) {
        String bearerA = merchantA.bearer();
        Map<String, Http.Answer> answers = new LinkedHashMap<>();
        answers.put("product", http.get("/api/shop/backoffice/products/" + productA, "Authorization", bearerA));
        answers.put(
                "products", http.get("/api/shop/backoffice/products?business=" + businessA, "Authorization", bearerA));
        answers.put(
                "catalogue",
                http.get("/api/shop/backoffice/catalog/export?business=" + businessA, "Authorization", bearerA));
        answers.put("public product", http.get("/api/shop/products/" + productA));
        answers.put("delivery", http.get("/api/shop/delivery/" + businessA));
        answers.put("business", http.get(businesses(businessA), "Authorization", bearerA));
        answers.put("staff", http.get("/api/directory/staff/" + businessA, "Authorization", bearerA));
        Map<String, String> read = new LinkedHashMap<>();
        answers.forEach((what, answer) -> {
            assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(200);
            read.put(what, answer.body());
        });
        assertThat(read.get("catalogue")).as("A's product in A's export").contains("Waldhonig A");
        return read;
    }

    private static void refused(List<String> wrong, String what, Http.Answer answer) {
        if (answer.status() != 403) {
            wrong.add(what + ": " + answer.status() + " " + answer.body());
        }
    }

    private static long id(Http.Answer answer, int expectedStatus) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(expectedStatus);
        return answer.json().getJsonNumber("id").longValue();
    }

    private static String businesses(long id) {
        return "/api/directory/backoffice/businesses/" + id;
    }

    private static String importInto(long business, boolean dryRun) {
        return "/api/shop/backoffice/catalog/import?business=" + business + "&dryRun=" + dryRun;
    }

    private static String honey(long businessId, String sku, String title) {
        return "{\"businessId\":" + businessId + ",\"titleDe\":\"" + title + "\",\"titleEn\":\"Forest honey\","
                + "\"descriptionDe\":\"Aus dem Pfälzerwald.\",\"category\":\"feinkost\",\"food\":true,\"ingredients\":\"Honig\","
                + "\"pickup\":true,\"variants\":[{\"sku\":\"" + sku + "\",\"priceCents\":790,\"vatRate\":7,"
                + "\"contentAmount\":500,\"contentUnit\":\"g\",\"stock\":12}]}";
    }

    private static String profile(String name) {
        return "{\"name\":\"" + name
                + "\",\"kind\":\"COMMERCIAL\",\"categories\":[\"restaurants\"],\"street\":\"Marktstraße 1\","
                + "\"postalCode\":\"67655\",\"city\":\"Kaiserslautern\"}";
    }

    private static byte[] zipOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
