package org.impuls.core.media;

import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;

/**
 * What an image will cost once decoded, read from its header (PNG's IHDR, JPEG's SOF) without decoding a pixel:
 * its size, its channels (colours plus alpha) and the bits of each sample.
 */
record ImageHeader(int width, int height, int channels, int bitsPerSample) {

    long pixels() {
        return (long) width * height;
    }

    /** Bytes of the decoded raster: a 16-bit sample takes two bytes, an 8-bit (or smaller) one a byte. */
    long decodedBytes() {
        return pixels() * channels * Math.max(1, (bitsPerSample + 7) / 8);
    }

    /** The header of the reader's first image; the reader has its input. */
    static ImageHeader of(ImageReader reader) throws IOException {
        ImageTypeSpecifier type = reader.getRawImageType(0);
        if (type == null) {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            type = types.hasNext() ? types.next() : null;
        }
        int channels = type == null ? 4 : type.getNumBands(); // unknown layouts (CMYK) are counted at their widest
        int bits = 8;
        if (type != null) {
            for (int band = 0; band < channels; band++) {
                bits = Math.max(bits, type.getSampleModel().getSampleSize(band));
            }
        }
        return new ImageHeader(reader.getWidth(0), reader.getHeight(0), channels, bits);
    }
}
