package com.crossborder.verification.application.infrastructure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Photos made by the tests themselves: an ID-card-like picture and every way of spoiling it. */
public final class TestImages {

    private TestImages() {}

    /** A sharp, evenly lit card: text, lines and a portrait box on a light background. */
    public static BufferedImage card(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(205, 215, 225));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(30, 30, 40));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 16)));
        Random random = new Random(42);
        for (int line = 1; line <= 7; line++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 18; i++) {
                text.append((char) ('A' + random.nextInt(26)));
            }
            g.drawString(text.toString(), width / 20, line * height / 9);
        }
        g.setStroke(new BasicStroke(Math.max(1, width / 300f)));
        g.drawRect(width * 2 / 3, height / 8, width / 4, height * 3 / 5);
        g.setColor(new Color(90, 70, 60));
        g.fillOval(width * 2 / 3 + width / 16, height / 5, width / 8, height / 4);
        g.dispose();
        return image;
    }

    public static BufferedImage scaleBrightness(BufferedImage source, double factor, int add) {
        BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < source.getHeight(); y++) {
            for (int x = 0; x < source.getWidth(); x++) {
                int rgb = source.getRGB(x, y);
                int r = clamp(((rgb >> 16) & 0xFF) * factor + add);
                int gr = clamp(((rgb >> 8) & 0xFF) * factor + add);
                int b = clamp((rgb & 0xFF) * factor + add);
                out.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return out;
    }

    /** A strong box blur, as from a shaking hand or a camera that did not focus. */
    public static BufferedImage blurred(BufferedImage source, int radius, int passes) {
        int size = 2 * radius + 1;
        float[] weights = new float[size * size];
        Arrays.fill(weights, 1f / (size * size));
        ConvolveOp op = new ConvolveOp(new Kernel(size, size, weights), ConvolveOp.EDGE_NO_OP, null);
        BufferedImage image = source;
        for (int i = 0; i < passes; i++) {
            image = op.filter(image, null);
        }
        return image;
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    public static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpeg");
    }

    public static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG with an EXIF block (orientation and a GPS marker string) right after its start marker. */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + 16);
        tiff.put(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putInt(0);
        tiff.put("GPS 22.54N114.05E".getBytes(), 0, 16);
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity())
                .put("Exif\0\0".getBytes())
                .put(tiff.array())
                .array();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        out.put(jpeg, 0, 2);
        out.put((byte) 0xFF)
                .put((byte) 0xE1)
                .putShort((short) (exif.length + 2))
                .put(exif);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** A tiny, valid PNG whose header claims {@code width} × {@code height} pixels: a decompression bomb's calling card. */
    public static byte[] pngClaiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes();
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
