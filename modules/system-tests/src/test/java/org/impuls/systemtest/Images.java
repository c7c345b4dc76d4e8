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

    private Images() {
    }

    /** A gradient with a circle; transparent corners when PNG. */
    public static byte[] photo(int width, int height, String format) {
        boolean png = format.equals("png");
        BufferedImage image = new BufferedImage(width, height, png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new java.awt.GradientPaint(0, 0, new Color(11, 110, 79), width, height, new Color(255, 191, 71)));
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

    /** Sends the bytes as the body of a POST or PUT, as a script or app would upload a file. */
    public static Http.Answer upload(Http http, String method, String path, byte[] bytes, String type, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build());
    }

    /** The image at a path of the portal, decoded. */
    public static java.awt.image.BufferedImage fetch(Http http, String path) throws java.io.IOException {
        try {
            java.net.http.HttpResponse<byte[]> answer = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.baseUrl() + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(answer.body()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
