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
        token = "Bearer " + http.json("POST", "/api/core/tokens",
                "{\"email\":\"kunde@impuls.example\",\"password\":\"kunde-demo\",\"name\":\"media\"}").json().getString("token");
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
        assertThat(http.get(image.getString("originalUrl"), "If-None-Match", etag).status()).isEqualTo(304);
    }

    @Test
    void transparentPngKeepsItsTransparencyInTheThumbnail(Http http) throws IOException {
        JsonObject image = upload(http, photo(400, 400, "png"), "image/png", "logo.png", token).json();

        HttpResponse<byte[]> thumb = raw(http, image.getString("thumbnailUrl"));

        assertThat(thumb.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(thumb.body())).getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void aDisguisedFileIsRefusedByItsContentNotItsName(Http http) {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        Http.Answer refused = upload(http, html, "image/png", "harmlos.png", token);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");
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
    void onlyLoggedInAccountsUpload(Http http) throws IOException {
        assertThat(upload(http, photo(10, 10, "png"), "image/png", "x.png", null).status()).isEqualTo(401);
    }

    private static Http.Answer upload(Http http, byte[] bytes, String type, String name, String authorization) {
        return Images.upload(http, "POST", "/api/core/media?filename=" + name, bytes, type, authorization);
    }

    private static BufferedImage fetchImage(Http http, String path) throws IOException {
        return Images.fetch(http, path);
    }

    private static HttpResponse<byte[]> raw(Http http, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] photo(int width, int height, String format) {
        return Images.photo(width, height, format);
    }
}
