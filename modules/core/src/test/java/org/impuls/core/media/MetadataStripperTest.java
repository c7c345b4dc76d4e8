package org.impuls.core.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class MetadataStripperTest {

    @Test
    void exifXmpAndCommentsLeaveAJpegWhichStillShowsTheSamePicture() throws IOException {
        byte[] plain = encode("jpeg");
        byte[] tagged = concat(
                slice(plain, 0, 2),
                segment(0xE1, "Exif\0\0MM\0*GPS 49.44N 7.77E"),
                segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>"),
                segment(0xED, "Photoshop 3.0\0IPTC"),
                segment(0xFE, "taken at home"),
                slice(plain, 2, plain.length));

        byte[] stripped = MetadataStripper.strip(ImageFormat.JPEG, tagged);

        assertThat(stripped).isEqualTo(plain);
        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "xmpmeta", "IPTC", "home");
        assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(64);
    }

    @Test
    void textExifAndTimeChunksLeaveAPng() throws IOException {
        byte[] plain = encode("png");
        byte[] tagged = concat(
                slice(plain, 0, 33),
                chunk("tEXt", "GPS\0" + "49.44N"),
                chunk("eXIf", "MM\0*"),
                chunk("iTXt", "Author\0\0\0\0\0Lena"),
                chunk("tIME", "2026"),
                slice(plain, 33, plain.length));

        byte[] stripped = MetadataStripper.strip(ImageFormat.PNG, tagged);

        assertThat(stripped).isEqualTo(plain);
        assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(64);
    }

    private static byte[] encode(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private static byte[] segment(int marker, String content) {
        byte[] data = content.getBytes(StandardCharsets.ISO_8859_1);
        return ByteBuffer.allocate(4 + data.length)
                .put((byte) 0xFF)
                .put((byte) marker)
                .putShort((short) (data.length + 2))
                .put(data)
                .array();
    }

    private static byte[] chunk(String type, String content) {
        byte[] head = type.getBytes(StandardCharsets.ISO_8859_1);
        byte[] data = content.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(head);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(head)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
