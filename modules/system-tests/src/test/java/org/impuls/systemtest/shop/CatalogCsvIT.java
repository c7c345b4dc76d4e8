package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
 * CSV import with dry run (good and broken files, nothing half-imported), update by SKU, and export that imports again;
 * only the business's staff import, refused before the body is read; bodies are capped; one import per business at a time.
 */
@ExtendWith(Portal.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogCsvIT {

    private static final String HEADER =
            "product;sku;title_de;category;option_names;option_values;price;sale_price;vat;content;unit;"
                    + "stock;food;allergens;ingredients;pickup;parcel\n";

    private Applicants.Merchant merchant;
    private long business;
    private Applicants.Merchant otherMerchant;
    private long otherBusiness;
    private String prefix;

    @BeforeAll
    void aSeller(Http http, Mailbox mailbox) {
        merchant = Applicants.register(http, mailbox, "csv");
        business = Applicants.approvedBusiness(http, mailbox, merchant, Applicants.uniqueName("Hofladen"));
        otherMerchant = Applicants.register(http, mailbox, "csv-b");
        otherBusiness = Applicants.approvedBusiness(http, mailbox, otherMerchant, Applicants.uniqueName("Gemüsehof"));
        prefix = "CSV" + System.nanoTime() % 100000;
    }

    private String file(String honeyPrice) {
        return HEADER
                + "honig;" + prefix + "-H1;Waldhonig Zwiebelkuchenhof;feinkost;Größe;250 g;" + honeyPrice
                + ";;7;250;g;12;ja;;Honig;ja;ja\n"
                + "honig;" + prefix
                + "-H2;Waldhonig Zwiebelkuchenhof;feinkost;Größe;500 g;8,90;;7;500;g;;ja;;Honig;ja;ja\n"
                + "eier;" + prefix
                + "-E1;Freilandeier Zwiebelkuchenhof;kaese-milch;;;3,20;;7;;;30;ja;EGGS;Eier;ja;nein\n";
    }

    @Test
    void aDryRunChecksWithoutWritingThenTheImportCreatesAndASecondImportUpdatesBySku(Http http) {
        JsonObject dryRun = importCsv(http, file("4,90"), true).json();
        assertThat(dryRun.getBoolean("applied")).isFalse();
        assertThat(dryRun.getInt("products")).isEqualTo(2);
        assertThat(dryRun.getJsonArray("errors")).isEmpty();
        assertThat(total(http)).as("a dry run writes nothing").isZero();

        JsonObject imported = importCsv(http, file("4,90"), false).json();
        assertThat(imported.getInt("created")).isEqualTo(2);
        assertThat(total(http)).isEqualTo(2);

        JsonObject again = importCsv(http, file("5,40"), false).json();
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("updated")).isEqualTo(2);
        assertThat(http.get("/api/shop/products?q=waldhonig+zwiebelkuchenhof&sort=price")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonObject("price")
                        .getJsonObject("price")
                        .getInt("cents"))
                .isEqualTo(540);
    }

    @Test
    void aBrokenFileIsReportedLineByLineAndNothingOfItIsImported(Http http) {
        String broken = HEADER
                + "gut;" + prefix + "-G1;Gutes Produkt Zwiebelkuchenstube;feinkost;;;2,00;;7;;;;ja;;Zutat;ja;nein\n"
                + "schlecht;" + prefix + "-S1;;feinkost;;;zwei Euro;;16;;;;ja;;Zutat;ja;nein\n"
                + "teuer;" + prefix
                + "-T1;Teures Sonderangebot Zwiebelkuchenstube;feinkost;;;5,00;6,00;7;;;;ja;;Zutat;ja;nein\n";

        JsonObject report = importCsv(http, broken, true).json();
        assertThat(report.getJsonArray("errors"))
                .extracting(e ->
                        e.asJsonObject().getInt("line") + ":" + e.asJsonObject().getString("column"))
                .contains("3:price", "3:title_de", "3:vat", "4:sale_price");

        Http.Answer refused = importCsv(http, broken, false);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .startsWith("line ");
        assertThat(http.get("/api/shop/products?q=zwiebelkuchenstube").json().getInt("total"))
                .as("not even the good line")
                .isZero();
    }

    @Test
    void theExportImportsAgainWithoutAProblem(Http http) {
        importCsv(http, file("4,90").replace(prefix, prefix + "X").replace("Zwiebelkuchenhof", "Exporthof"), false);

        Http.Answer export = http.get(
                "/api/shop/backoffice/catalog/export?business=" + business, "Authorization", merchant.bearer());
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("attachment");
        assertThat(export.body()).contains(prefix + "X-H1", "4,90", "Waldhonig Exporthof");

        JsonObject roundTrip = importCsv(http, export.body(), true).json();
        assertThat(roundTrip.getJsonArray("errors")).isEmpty();
        assertThat(roundTrip.getInt("products")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyTheBusinessesOwnStaffImport(Http http, Mailbox mailbox) {
        Applicants.Merchant stranger = Applicants.register(http, mailbox, "csv-stranger");

        Http.Answer refused = http.send(HttpRequest.newBuilder(URI.create(
                        http.baseUrl() + "/api/shop/backoffice/catalog/import?dryRun=true&business=" + business))
                .header("Content-Type", "text/csv")
                .header("Authorization", stranger.bearer())
                .POST(HttpRequest.BodyPublishers.ofString(file("1,00"), StandardCharsets.UTF_8))
                .build());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(http.get(
                                "/api/shop/backoffice/catalog/export?business=" + business,
                                "Authorization",
                                stranger.bearer())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anApprovedMerchantCannotImportIntoAnotherMerchantsCatalogue(Http http, Mailbox mailbox) throws Exception {
        importCsv(http, file("4,90").replace(prefix, prefix + "A").replace("Zwiebelkuchenhof", "Eigenhof"), false);
        String before = export(http);
        String theirs = file("0,99").replace(prefix, prefix + "A").replace("Zwiebelkuchenhof", "Fremdhof");

        Http.Answer csv = importCsv(http, theirs, false, otherMerchant.bearer());
        Http.Answer zip = Images.upload(
                http,
                "POST",
                "/api/shop/backoffice/catalog/import?business=" + business + "&dryRun=false",
                zip(Map.of("katalog.csv", theirs.getBytes(StandardCharsets.UTF_8))),
                "application/zip",
                otherMerchant.bearer());

        assertThat(csv.status()).as(csv.body()).isEqualTo(403);
        assertThat(csv.contentType()).startsWith("application/problem+json");
        assertThat(zip.status()).as(zip.body()).isEqualTo(403);
        assertThat(importCsv(http, file("1,00"), true, otherMerchant.bearer(), 99_999_999L)
                        .status())
                .as("no such business")
                .isEqualTo(404);
        assertThat(http.get(
                                "/api/shop/backoffice/catalog/export?business=" + business,
                                "Authorization",
                                otherMerchant.bearer())
                        .status())
                .isEqualTo(403);
        assertThat(export(http))
                .as("A's catalogue, read back, is unchanged")
                .isEqualTo(before)
                .doesNotContain("Fremdhof", "0,99");
        assertThat(importCsv(http, file("1,00"), true, otherMerchant.bearer(), otherBusiness)
                        .status())
                .as("B's own business")
                .isEqualTo(200);
    }

    @Test
    void aForeignImportIsRefusedBeforeItsBodyIsRead(Http http) throws Exception {
        // a body of 500 MB announced and 10 bytes sent: an answer that waited for the body would never come
        assertThat(statusOfAnnouncedBody(
                        http,
                        "/api/shop/backoffice/catalog/import?dryRun=true&business=" + business,
                        "text/csv",
                        otherMerchant.bearer()))
                .isEqualTo(403);
        assertThat(statusOfAnnouncedBody(
                        http,
                        "/api/shop/backoffice/catalog/import?dryRun=true&business=" + business,
                        "application/zip",
                        otherMerchant.bearer()))
                .isEqualTo(403);

        importCsv(http, file("4,90").replace(prefix, prefix + "I").replace("Zwiebelkuchenhof", "Bilderhof"), false);
        long product = http.get(
                        "/api/shop/backoffice/products?business=" + business, "Authorization", merchant.bearer())
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertThat(statusOfAnnouncedBody(
                        http,
                        "/api/shop/backoffice/products/" + product + "/images",
                        "image/png",
                        otherMerchant.bearer()))
                .as("an image for A's product")
                .isEqualTo(403);
    }

    @Test
    void aCsvBodyOverTwentyMegabytesIsRefusedWith413(Http http) {
        StringBuilder big = new StringBuilder(HEADER);
        while (big.length() <= 20_000_000) {
            big.append("# padding line that is no product at all, only there to make the file large enough\n");
        }

        Http.Answer refused = importCsv(http, big.toString(), true);

        assertThat(refused.status()).as(refused.body()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("20 MB");
    }

    @Test
    void aSecondImportOfTheSameBusinessWhileOneRunsIsRefusedWith409(Http http) throws Exception {
        byte[] csv = file("4,90").replace(prefix, prefix + "C").getBytes(StandardCharsets.UTF_8);
        int half = csv.length / 2;
        String path = "/api/shop/backoffice/catalog/import?dryRun=true&business=" + otherBusiness;
        // the first import's body arrives in two parts; between them it holds the business's import
        try (Socket first = startRequest(
                http, path, "text/csv", otherMerchant.bearer(), csv.length, java.util.Arrays.copyOf(csv, half))) {
            Http.Answer second = null;
            for (int i = 0; i < 50 && (second == null || second.status() != 409); i++) {
                Thread.sleep(100);
                second = importCsv(http, file("4,90"), true, otherMerchant.bearer(), otherBusiness);
            }
            assertThat(second.status()).as(second.body()).isEqualTo(409);
            assertThat(second.contentType()).startsWith("application/problem+json");
            assertThat(importCsv(http, file("4,90"), true).status())
                    .as("another business imports meanwhile")
                    .isEqualTo(200);

            first.getOutputStream().write(csv, half, csv.length - half);
            first.getOutputStream().flush();
            assertThat(statusOf(first)).as("the first import, complete").isEqualTo(200);
        }
        assertThat(importCsv(http, file("4,90"), true, otherMerchant.bearer(), otherBusiness)
                        .status())
                .as("free again")
                .isEqualTo(200);
    }

    @Test
    void picturesComeFromTheAccompanyingZipInTheNamedOrder(Http http) throws Exception {
        String word = "Zipbildhof" + System.nanoTime() % 100000;
        String csv = "product;sku;title_de;category;price;vat;food;ingredients;images\n" + "kerze;" + prefix
                + "-Z1;Bienenwachskerze " + word + ";feinkost;6,50;19;ja;Bienenwachs;kerze-vorn.jpg|Kerze-Seite.PNG\n";
        byte[] front = Images.photo(400, 300, "jpg");
        byte[] side = Images.photo(300, 400, "png");

        Http.Answer missing = importZip(
                http,
                zip(Map.of("katalog.csv", csv.getBytes(StandardCharsets.UTF_8), "fotos/kerze-vorn.jpg", front)),
                true);
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.json().getJsonArray("errors"))
                .extracting(e ->
                        e.asJsonObject().getInt("line") + ":" + e.asJsonObject().getString("column") + ":"
                                + e.asJsonObject().getString("message"))
                .containsExactly("2:images:'Kerze-Seite.PNG' is not a JPEG or PNG file in the accompanying ZIP");

        Http.Answer noCsv = importZip(http, zip(Map.of("kerze-vorn.jpg", front)), true);
        assertThat(noCsv.status()).isEqualTo(400);
        assertThat(noCsv.contentType()).startsWith("application/problem+json");
        assertThat(noCsv.body()).contains("no CSV file");
        Http.Answer notAZip = importZip(http, "kein zip".getBytes(StandardCharsets.UTF_8), true);
        assertThat(notAZip.status()).isEqualTo(400);

        Http.Answer imported = importZip(
                http,
                zip(Map.of(
                        "katalog.csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        "fotos/kerze-vorn.jpg",
                        front,
                        "fotos/kerze-seite.png",
                        side)),
                false);
        assertThat(imported.json().getInt("created")).isEqualTo(1);
        JsonObject hit = http.get("/api/shop/products?q=" + word)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        JsonObject product = http.get(
                        "/api/shop/products/" + hit.getJsonNumber("id").longValue())
                .json();
        assertThat(product.getJsonArray("imageUrls")).hasSize(2);
        assertThat(Images.fetch(
                                http,
                                product.getJsonArray("imageUrls").getString(0).replace("medium", "original"))
                        .getWidth())
                .as("the front picture comes first")
                .isEqualTo(400);
    }

    @Test
    void aLargeImportReportsItsProgressWhileItRuns(Http http) throws Exception {
        int products = 2_000;
        StringBuilder csv = new StringBuilder("product;sku;title_de;category;price;vat;food;ingredients\n");
        for (int i = 0; i < products; i++) {
            csv.append("p")
                    .append(i)
                    .append(';')
                    .append(prefix)
                    .append("-L")
                    .append(i)
                    .append(";Fortschrittsbrot ")
                    .append(i)
                    .append(";brot-backwaren;3,10;7;ja;Mehl\n");
        }
        java.util.concurrent.CompletableFuture<Http.Answer> running =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> importCsv(http, csv.toString(), false));
        java.util.List<JsonObject> seen = new java.util.ArrayList<>();
        while (!running.isDone()) {
            Http.Answer status = http.get(
                    "/api/shop/backoffice/catalog/import/progress?business=" + business,
                    "Authorization",
                    merchant.bearer());
            if (status.status() == 200) {
                seen.add(status.json());
            }
            Thread.sleep(25);
        }
        assertThat(running.get().json().getInt("created")).isEqualTo(products);
        assertThat(seen).as("a phase seen half-way").anySatisfy(s -> {
            assertThat(s.getString("phase")).isIn("CHECKING", "WRITING");
            assertThat(s.getInt("done")).isBetween(1, products - 1);
            assertThat(s.getInt("total")).isEqualTo(products);
        });
        JsonObject finished = http.get(
                        "/api/shop/backoffice/catalog/import/progress?business=" + business,
                        "Authorization",
                        merchant.bearer())
                .json();
        assertThat(finished.getString("phase")).isEqualTo("DONE");
        assertThat(finished.getInt("done")).isEqualTo(products);
        assertThat(http.get("/api/shop/products?q=fortschrittsbrot&merchant=" + business)
                        .json()
                        .getInt("total"))
                .isEqualTo(products);
    }

    /** The status of a request that announces a body of 500 MB and sends ten bytes of it. */
    private static int statusOfAnnouncedBody(Http http, String path, String contentType, String authorization)
            throws Exception {
        try (Socket socket = startRequest(
                http, path, contentType, authorization, 500_000_000, "0123456789".getBytes(StandardCharsets.UTF_8))) {
            return statusOf(socket);
        }
    }

    /** A request of which the headers and the first bytes of the body are sent; the rest is up to the caller. */
    private static Socket startRequest(
            Http http, String path, String contentType, String authorization, long contentLength, byte[] firstBytes)
            throws java.io.IOException {
        URI base = URI.create(http.baseUrl());
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(10_000); // an answer that waited for the rest of the body would not come in time
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nContent-Type: "
                        + contentType + "\r\nAuthorization: " + authorization + "\r\nContent-Length: " + contentLength
                        + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(firstBytes);
        out.flush();
        return socket;
    }

    private static int statusOf(Socket socket) throws java.io.IOException {
        String statusLine = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                .readLine();
        assertThat(statusLine).as("the status line").startsWith("HTTP/1.1 ");
        return Integer.parseInt(statusLine.split(" ")[1]);
    }

    private static byte[] zip(Map<String, byte[]> files) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private Http.Answer importZip(Http http, byte[] zip, boolean dryRun) {
        return Images.upload(
                http,
                "POST",
                "/api/shop/backoffice/catalog/import?business=" + business + "&dryRun=" + dryRun,
                zip,
                "application/zip",
                merchant.bearer());
    }

    private Http.Answer importCsv(Http http, String csv, boolean dryRun) {
        return importCsv(http, csv, dryRun, merchant.bearer());
    }

    private Http.Answer importCsv(Http http, String csv, boolean dryRun, String authorization) {
        return importCsv(http, csv, dryRun, authorization, business);
    }

    private Http.Answer importCsv(Http http, String csv, boolean dryRun, String authorization, long into) {
        return http.send(HttpRequest.newBuilder(URI.create(
                        http.baseUrl() + "/api/shop/backoffice/catalog/import?business=" + into + "&dryRun=" + dryRun))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build());
    }

    private String export(Http http) {
        Http.Answer export = http.get(
                "/api/shop/backoffice/catalog/export?business=" + business, "Authorization", merchant.bearer());
        assertThat(export.status()).isEqualTo(200);
        return export.body();
    }

    private int total(Http http) {
        return http.get("/api/shop/products?q=zwiebelkuchenhof&merchant=" + business)
                .json()
                .getInt("total");
    }
}
