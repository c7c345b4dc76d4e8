package org.impuls.core.media;

import org.impuls.core.api.error.UnprocessableInputException;

/**
 * How much of an image the portal decodes. An image is refused before decoding when it has too many pixels or
 * would unpack to too many bytes (a 40-megapixel PNG at 16 bits per channel compresses to kilobytes but decodes
 * to 320 MB); an accepted large image is decoded subsampled, so that the scaled versions never need it whole.
 */
final class DecodeBudget {

    /** About what an allowed image holds in memory while its scaled versions are made (2,000 × 2,000 pixels). */
    static final long DECODED_PIXELS = 4_000_000;

    private static final long MB = 1_000_000;

    private final long maxPixels;
    private final long maxDecodedBytes;
    private final int sharpWidth;

    /**
     * @param sharpWidth the widest scaled version: subsampling keeps at least this width where it can
     */
    DecodeBudget(long maxPixels, long maxDecodedBytes, int sharpWidth) {
        this.maxPixels = maxPixels;
        this.maxDecodedBytes = maxDecodedBytes;
        this.sharpWidth = sharpWidth;
    }

    /** @throws UnprocessableInputException (field {@code file}) naming the image's size and the limit */
    void check(ImageHeader header) {
        String size = header.width() + " × " + header.height() + " pixels";
        if (header.pixels() > maxPixels) {
            throw new UnprocessableInputException(
                    "file",
                    "the image has " + size + " (" + megapixels(header.pixels()) + " megapixels); at most "
                            + megapixels(maxPixels) + " megapixels are accepted");
        }
        if (header.decodedBytes() > maxDecodedBytes) {
            throw new UnprocessableInputException(
                    "file",
                    size + " with " + header.channels() + " channels of "
                            + header.bitsPerSample() + " bits decode to " + header.decodedBytes() / MB + " MB; at most "
                            + maxDecodedBytes / MB + " MB are accepted");
        }
    }

    /**
     * Every how many pixels the decoder keeps one, in both directions: 1 for images up to {@link #DECODED_PIXELS},
     * more for larger ones, but no more than keeps the sharp width, unless that would still hold four times the budget
     * (a very narrow and very tall image).
     */
    int subsampling(ImageHeader header) {
        int forMemory = (int) Math.ceil(Math.sqrt((double) header.pixels() / DECODED_PIXELS));
        int forSharpness = Math.max(1, header.width() / sharpWidth);
        int factor = Math.max(1, Math.min(forMemory, forSharpness));
        if ((long) (header.width() / factor) * (header.height() / factor) > 4 * DECODED_PIXELS) {
            factor = forMemory;
        }
        return factor;
    }

    private static String megapixels(long pixels) {
        return pixels % 1_000_000 == 0
                ? String.valueOf(pixels / 1_000_000)
                : String.format(java.util.Locale.ROOT, "%.1f", pixels / 1e6);
    }
}
