package org.impuls.core.media;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impuls.core.api.error.InvalidInputException;

/**
 * Decodes uploaded images within the heap: the header is checked against the {@link DecodeBudget} before any
 * pixel is decoded, large images are decoded subsampled, and only a few images are decoded at a time on this node
 * (each may hold tens of megabytes; a burst of uploads waits rather than exhausting the heap).
 */
@ApplicationScoped
public class ImageDecoder {

    /** The image's true header, and the image as decoded (subsampled when it is large). */
    record Decoded(ImageHeader header, BufferedImage image) {}

    @Inject
    @ConfigProperty(name = "impuls.media.max-pixels", defaultValue = "40000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "impuls.media.max-decoded-bytes", defaultValue = "160000000")
    long maxDecodedBytes;

    @Inject
    @ConfigProperty(name = "impuls.media.decoding-at-once", defaultValue = "2")
    int atOnce;

    /** How long an upload waits for a permit before it is answered 503. */
    long waitSeconds = 30;

    private DecodeBudget budget;
    private Semaphore decoding;

    @PostConstruct
    void limits() {
        budget = new DecodeBudget(maxPixels, maxDecodedBytes, MediaLibrary.Variant.MEDIUM.width());
        decoding = new Semaphore(Math.max(1, atOnce), true);
    }

    /**
     * Decodes the image and lets the work (scaling) use it while this node's decoding permit is held.
     *
     * @throws InvalidInputException (field {@code file}) for an image that cannot be read, and its subclass
     *         {@link org.impuls.core.api.error.UnprocessableInputException} for one beyond the budget
     * @throws DecodersBusy when others have been decoding for longer than half a minute
     */
    <T> T decode(byte[] bytes, Function<Decoded, T> work) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidInputException("file", "the image cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true); // ignoring metadata: comments and profiles need not be parsed
                ImageHeader header = ImageHeader.of(reader);
                budget.check(header);
                ImageReadParam param = reader.getDefaultReadParam();
                int factor = budget.subsampling(header);
                param.setSourceSubsampling(factor, factor, 0, 0);
                return withPermit(() -> work.apply(new Decoded(header, reader.read(0, param))));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException || e instanceof DecodersBusy) {
                throw (RuntimeException) e;
            }
            throw new InvalidInputException("file", "the image is damaged and cannot be read");
        }
    }

    /** Decoding work that may fail to read. */
    private interface Work<T> {
        T run() throws IOException;
    }

    private <T> T withPermit(Work<T> work) throws IOException {
        boolean permitted;
        try {
            permitted = decoding.tryAcquire(waitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            permitted = false;
        }
        if (!permitted) {
            throw new DecodersBusy();
        }
        try {
            return work.run();
        } finally {
            decoding.release();
        }
    }
}
