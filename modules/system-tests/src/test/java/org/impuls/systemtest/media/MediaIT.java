package org.impuls.systemtest.media;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Images;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Image uploads: real images in, scaled versions out with cache headers; anything else refused. */
@ExtendWith(Portal.class)
class MediaIT {

    private String token;

    @BeforeEach
    void customerToken(Http http) {
        token = "Bearer "
                + http.json(
                                "POST",
                                "/api/core/tokens",
                                "{\"email\":\"kunde@impuls.example\",\"password\":\"kunde-demo\",\"name\":\"media\"}")
                        .json()
                        .getString("token");
    }

    @Test
    void uploadedPhotoIsServedInThreeSizesWithCacheHeaders(Http http) throws IOException {
        Http.Answer uploaded = upload(http, photo(1600, 1200, "jpg"), "image/jpeg", "marktplatz.jpg", token);

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonObject image = uploaded.json();
        assertThat(image.getString("contentType")).isEqualTo("image/jpeg");
        assertThat(image.getInt("width")).isEqualTo(1600);

        BufferedImage thumb = fetchImage(http, image.getString("thumbnailUrl"));
        BufferedImage medium = fetchImage(http, image.getString("mediumUrl"));
        assertThat(thumb.getWidth()).isEqualTo(200);
        assertThat(thumb.getHeight()).isEqualTo(150);
        assertThat(medium.getWidth()).isEqualTo(800);

        Http.Answer original = http.get(image.getString("originalUrl"));
        assertThat(original.header("Cache-Control")).contains("max-age=31536000", "immutable");
        String etag = original.header("ETag");
        assertThat(http.get(image.getString("originalUrl"), "If-None-Match", etag)
                        .status())
                .isEqualTo(304);
    }

    @Test
    void transparentPngKeepsItsTransparencyInTheThumbnail(Http http) throws IOException {
        JsonObject image = upload(http, photo(400, 400, "png"), "image/png", "logo.png", token)
                .json();

        HttpResponse<byte[]> thumb = raw(http, image.getString("thumbnailUrl"));

        assertThat(thumb.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(thumb.body()))
                        .getColorModel()
                        .hasAlpha())
                .isTrue();
    }

    @Test
    void aDisguisedFileIsRefusedByItsContentNotItsName(Http http) {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        Http.Answer refused = upload(http, html, "image/png", "harmlos.png", token);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("file");
        assertThat(refused.json().getString("detail")).contains("JPEG and PNG");
    }

    @Test
    void tooLargeUploadsAreRefused(Http http) {
        byte[] huge = new byte[6 * 1024 * 1024];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;

        Http.Answer refused = upload(http, huge, "image/jpeg", "riesig.jpg", token);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("detail")).contains("at most 5 MB");
    }

    @Test
    void aDecompressionBombIsRefusedNamingItsSizeAndThePortalStaysUp(Http http) {
        // 40 megapixels, within the pixel limit; at 16 bits per channel with alpha it decodes to 320 MB of a 512 MB
        // heap
        byte[] bomb = Images.uniformSixteenBitPng(8000, 5000);
        assertThat(bomb.length).as("it fits the upload limit easily").isLessThan(1024 * 1024);

        Http.Answer refused = upload(http, bomb, "image/png", "bombe.png", token);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("file");
        assertThat(refused.json().getString("detail"))
                .contains("8000 × 5000 pixels", "16 bits", "320 MB", "at most 160 MB");
        Http.Answer ready = http.get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("UP");
        assertThat(upload(http, photo(2400, 1600, "jpg"), "image/jpeg", "danach.jpg", token)
                        .status())
                .as("a normal photo still")
                .isEqualTo(201);
    }

    @Test
    void theStoredOriginalCarriesNoExifGpsPosition(Http http) throws IOException {
        byte[] fromThePhone = Images.photoWithGpsPosition(640, 480);
        assertThat(new String(fromThePhone, StandardCharsets.ISO_8859_1))
                .as("the test photo has EXIF")
                .contains("Exif");

        Http.Answer uploaded = upload(http, fromThePhone, "image/jpeg", "garten.jpg", token);

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        HttpResponse<byte[]> original = raw(http, uploaded.json().getString("originalUrl"));
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(new String(original.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        assertThat(indexOfApp1(original.body())).as("no APP1 segment left").isEqualTo(-1);
        assertThat(ImageIO.read(new ByteArrayInputStream(original.body())).getWidth())
                .as("still the photo")
                .isEqualTo(640);
    }

    @Test
    void onlyLoggedInAccountsUpload(Http http) throws IOException {
        assertThat(upload(http, photo(10, 10, "png"), "image/png", "x.png", null)
                        .status())
                .isEqualTo(401);
    }

    /** Where an APP1 marker (FF E1) starts among the segments before the image data, or -1. */
    private static int indexOfApp1(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF && (jpeg[at + 1] & 0xFF) != 0xDA) {
            if ((jpeg[at + 1] & 0xFF) == 0xE1) {
                return at;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
        }
        return -1;
    }

    private static Http.Answer upload(Http http, byte[] bytes, String type, String name, String authorization) {
        return Images.upload(http, "POST", "/api/core/media?filename=" + name, bytes, type, authorization);
    }

    private static BufferedImage fetchImage(Http http, String path) throws IOException {
        return Images.fetch(http, path);
    }

    private static HttpResponse<byte[]> raw(Http http, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] photo(int width, int height, String format) {
        return Images.photo(width, height, format);
    }
}
