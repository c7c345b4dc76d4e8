package org.impuls.core.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.impuls.core.api.error.InvalidInputException;

/**
 * Removes what a camera or editor wrote about a picture before it is stored: EXIF (GPS position, camera, time) and
 * XMP in JPEG's APP1, Photoshop/IPTC in APP13 and comments; PNG's text chunks, eXIf and tIME. The image data is
 * copied byte for byte (no re-encoding, no loss); colour profiles stay. EXIF's orientation goes with the rest:
 * the scaled versions never followed it either.
 */
final class MetadataStripper {

    private static final int APP1 = 0xE1;
    private static final int APP13 = 0xED;
    private static final int COMMENT = 0xFE;
    private static final int START_OF_SCAN = 0xDA;
    private static final int END_OF_IMAGE = 0xD9;
    private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

    private MetadataStripper() {}

    static byte[] strip(ImageFormat format, byte[] image) {
        try {
            return format == ImageFormat.JPEG ? jpeg(image) : png(image);
        } catch (IndexOutOfBoundsException truncated) {
            throw new InvalidInputException("file", "the image is damaged and cannot be read");
        }
    }

    /** Segments up to the first scan, without APP1, APP13 and comments; from the scan on, everything as it is. */
    private static byte[] jpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2); // start of image
        int at = 2;
        while (at < in.length) {
            if ((in[at] & 0xFF) != 0xFF) {
                throw new InvalidInputException("file", "the image is damaged and cannot be read");
            }
            int marker = in[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // a fill byte
                continue;
            }
            if (marker == START_OF_SCAN || marker == END_OF_IMAGE) {
                out.write(in, at, in.length - at);
                break;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                out.write(in, at, 2); // markers without a length
                at += 2;
                continue;
            }
            int length = 2 + ((in[at + 2] & 0xFF) << 8 | in[at + 3] & 0xFF);
            if (at + length > in.length) {
                throw new IndexOutOfBoundsException(at + length);
            }
            if (marker != APP1 && marker != APP13 && marker != COMMENT) {
                out.write(in, at, length);
            }
            at += length;
        }
        return out.toByteArray();
    }

    /** The signature and every chunk but the metadata ones, up to IEND. */
    private static byte[] png(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int at = 8;
        while (at + 8 <= in.length) {
            long dataLength =
                    (in[at] & 0xFFL) << 24 | (in[at + 1] & 0xFF) << 16 | (in[at + 2] & 0xFF) << 8 | in[at + 3] & 0xFF;
            String type = new String(in, at + 4, 4, StandardCharsets.ISO_8859_1);
            long chunkLength = 12 + dataLength; // length, type, data, CRC
            if (at + chunkLength > in.length) {
                throw new IndexOutOfBoundsException("chunk " + type);
            }
            if (!PNG_METADATA.contains(type)) {
                out.write(in, at, (int) chunkLength);
            }
            at += (int) chunkLength;
            if (type.equals("IEND")) {
                break;
            }
        }
        return out.toByteArray();
    }
}
