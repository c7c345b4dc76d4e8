package org.impuls.core.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Scales an image down to a width, halving step by step first so that small versions stay sharp. */
final class Thumbnails {

    private Thumbnails() {}

    static BufferedImage scaleToWidth(BufferedImage image, int width, boolean keepAlpha) {
        if (image.getWidth() <= width) {
            return copy(image, image.getWidth(), image.getHeight(), keepAlpha);
        }
        BufferedImage current = image;
        int targetHeight = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        while (current.getWidth() / 2 >= width) {
            current = copy(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2), keepAlpha);
        }
        return copy(current, width, targetHeight, keepAlpha);
    }

    private static BufferedImage copy(BufferedImage source, int width, int height, boolean keepAlpha) {
        BufferedImage target =
                new BufferedImage(width, height, keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!keepAlpha) {
                graphics.setColor(java.awt.Color.WHITE); // transparent parts of a PNG become white in a JPEG
                graphics.fillRect(0, 0, width, height);
            }
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }
}
