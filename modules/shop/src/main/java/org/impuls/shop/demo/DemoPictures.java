package org.impuls.shop.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A picture for a demo product category, drawn here rather than downloaded: a gradient, a plate, the category's name. */
final class DemoPictures {

    private DemoPictures() {}

    static byte[] draw(String label, int seed) {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float hue = (seed * 0.13f) % 1f;
        g.setPaint(new GradientPaint(
                0, 0, Color.getHSBColor(hue, 0.45f, 0.95f), 800, 600, Color.getHSBColor(hue, 0.7f, 0.6f)));
        g.fillRect(0, 0, 800, 600);
        g.setColor(new Color(255, 255, 255, 200));
        g.fillOval(250, 120, 300, 300);
        g.setColor(Color.getHSBColor(hue, 0.8f, 0.45f));
        g.fillOval(300, 170, 200, 200);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
        int width = g.getFontMetrics().stringWidth(label);
        g.drawString(label, Math.max(20, (800 - width) / 2), 520);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
