package org.impuls.systemtest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import javax.imageio.ImageIO;

/** Generated pictures and their upload, for tests of logos, photos and the media store. */
public final class Images {

    private Images() {}

    /** A gradient with a circle; transparent corners when PNG. */
    public static byte[] photo(int width, int height, String format) {
        boolean png = format.equals("png");
        BufferedImage image =
                new BufferedImage(width, height, png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(
                new java.awt.GradientPaint(0, 0, new Color(11, 110, 79), width, height, new Color(255, 191, 71)));
        graphics.fillOval(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, png ? "png" : "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A PNG of one colour at 16 bits per channel with alpha (colour type 6): a few hundred kilobytes that decode to
     * width × height × 8 bytes. Written row by row through a Deflater, so the test never holds the decoded image.
     */
    public static byte[] uniformSixteenBitPng(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 16)
                .put((byte) 6)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        chunk(png, "IHDR", header.array());
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream deflating = new java.util.zip.DeflaterOutputStream(
                compressed, new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION), 64 * 1024)) {
            byte[] row =
                    new byte[1 + width * 8]; // filter type 0, then RGBA at two bytes each: all zero, transparent black
            for (int y = 0; y < height; y++) {
                deflating.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(
                java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * A JPEG photo as a phone writes it: an EXIF block (APP1) right after the start, holding the GPS position
     * 49° 26' N, 7° 46' E (Kaiserslautern) in a GPS IFD.
     */
    public static byte[] photoWithGpsPosition(int width, int height) {
        java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(8 + 18 + 2 + 3 * 12 + 4 + 48);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8); // big-endian TIFF, IFD0 at offset 8
        tiff.putShort((short) 1)
                .putShort((short) 0x8825)
                .putShort((short) 4)
                .putInt(1)
                .putInt(26)
                .putInt(0); // GPSInfo → 26
        int values = 26 + 2 + 3 * 12 + 4;
        tiff.putShort((short) 3);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0}); // GPSLatitudeRef
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(values); // GPSLatitude, three rationals
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(values + 24); // GPSLongitude
        tiff.putInt(0);
        for (int degreesMinutes : new int[] {49, 26, 0, 7, 46, 0}) {
            tiff.putInt(degreesMinutes).putInt(1);
        }
        byte[] exif = concat("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), tiff.array());
        byte[] app1 = concat(
                new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((exif.length + 2) >> 8), (byte) (exif.length + 2)}, exif);
        byte[] jpeg = photo(width, height, "jpg");
        return concat(
                java.util.Arrays.copyOfRange(jpeg, 0, 2), app1, java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Sends the bytes as the body of a POST or PUT, as a script or app would upload a file. */
    public static Http.Answer upload(
            Http http, String method, String path, byte[] bytes, String type, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
                .header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build());
    }

    /** The image at a path of the portal, decoded. */
    public static java.awt.image.BufferedImage fetch(Http http, String path) throws java.io.IOException {
        try {
            java.net.http.HttpResponse<byte[]> answer = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.baseUrl() + path))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(answer.body()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
