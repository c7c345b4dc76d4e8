package org.impuls.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {

    private final ImageDecoder decoder = decoder(1);

    @Test
    void aLargeImageIsDecodedSubsampledWhileItsTrueSizeIsKept() throws IOException {
        byte[] png = png(4000, 3000); // 12 megapixels: every second pixel is enough for 800 px versions

        ImageDecoder.Decoded decoded = decoder.decode(png, d -> d);

        assertThat(decoded.header().width()).isEqualTo(4000);
        assertThat(decoded.image().getWidth()).isEqualTo(2000);
        assertThat(decoded.image().getHeight()).isEqualTo(1500);
    }

    @Test
    void anUploadWaitingTooLongForADecodingPermitIsToldToComeBack() throws Exception {
        byte[] png = png(20, 20);
        CountDownLatch decoding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> decoder.decode(png, d -> {
            decoding.countDown();
            await(release);
            return d;
        }));
        assertThat(decoding.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> decoder.decode(png, d -> d)).isInstanceOf(DecodersBusy.class);

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(decoder.<Integer>decode(png, d -> d.image().getWidth()))
                .as("the permit came back")
                .isEqualTo(20);
    }

    private static ImageDecoder decoder(int atOnce) {
        ImageDecoder decoder = new ImageDecoder();
        decoder.maxPixels = 40_000_000;
        decoder.maxDecodedBytes = 160_000_000;
        decoder.atOnce = atOnce;
        decoder.waitSeconds = 0;
        decoder.limits();
        return decoder;
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY), "png", out);
        return out.toByteArray();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
