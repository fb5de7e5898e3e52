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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/**
 * Pictures for the tests: an ID-card-like picture drawn here and every way of spoiling it, and real photographs
 * (src/test/resources/photos, each with its source and licence in LICENSES.md there) with pictures made from them.
 */
public final class TestImages {

    private TestImages() {}

    /** One line of photos/manifest.tsv: the file, how many faces a person sees in it, the verdict it should get. */
    public record Photo(String file, int faces, String verdict, String description) {
        @Override
        public String toString() {
            return file;
        }
    }

    /** Every real photograph with what a person sees in it. */
    public static List<Photo> manifest() {
        try (InputStream in = TestImages.class.getResourceAsStream("/photos/manifest.tsv")) {
            List<Photo> photos = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                photos.add(new Photo(columns[0], Integer.parseInt(columns[1]), columns[2], columns[3]));
            }
            return photos;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real photograph from src/test/resources/photos, as RGB pixels. */
    public static BufferedImage photo(String file) {
        try (InputStream in = TestImages.class.getResourceAsStream("/photos/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no photo " + file);
            }
            return rgb(ImageIO.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A real face photo at an upload's size: Grace Hopper's official portrait (public domain) at 1024×1200, head and
     * shoulders, one face, centred. What the integration tests upload as the FACE photo.
     */
    public static BufferedImage portrait() {
        return scaled(photo("grace_hopper.jpg"), 1024, 1200);
    }

    /** Two real people side by side (Eileen Collins and Grace Hopper), 1600 pixels wide. */
    public static BufferedImage twoPeople() {
        return sideBySide(800, photo("astronaut.png"), photo("grace_hopper.jpg"));
    }

    public static BufferedImage rgb(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, Color.WHITE, null);
        g.dispose();
        return copy;
    }

    public static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /** The picture scaled to {@code width}, keeping its proportions. */
    public static BufferedImage toWidth(BufferedImage image, int width) {
        return scaled(image, width, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
    }

    /** Pictures side by side at one height: several real people in one photo. */
    public static BufferedImage sideBySide(int height, BufferedImage... images) {
        int width = 0;
        for (BufferedImage image : images) {
            width += (int) Math.round((double) image.getWidth() * height / image.getHeight());
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        int x = 0;
        for (BufferedImage image : images) {
            int w = (int) Math.round((double) image.getWidth() * height / image.getHeight());
            g.drawImage(image, x, 0, w, height, null);
            x += w;
        }
        g.dispose();
        return out;
    }

    /**
     * {@code photo} pasted at ({@code fx}, {@code fy}) (fractions of the canvas) at {@code heightFraction} of the canvas
     * height, on a canvas made of another real photo (a brick wall, say) so that the rest is not flat grey.
     */
    public static BufferedImage placed(
            BufferedImage photo,
            BufferedImage background,
            int canvasWidth,
            int canvasHeight,
            double heightFraction,
            double fx,
            double fy) {
        BufferedImage out = scaled(background, canvasWidth, canvasHeight);
        int h = (int) Math.round(canvasHeight * heightFraction);
        int w = (int) Math.round((double) photo.getWidth() * h / photo.getHeight());
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(photo, (int) Math.round(fx * canvasWidth), (int) Math.round(fy * canvasHeight), w, h, null);
        g.dispose();
        return out;
    }

    /** A copy washed out towards white, keeping {@code keep} of the tonal range: a pale scan, an over-exposed shot. */
    public static BufferedImage pale(BufferedImage image, double keep) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int r = (int) (255 - (255 - ((p >> 16) & 0xFF)) * keep);
                int gr = (int) (255 - (255 - ((p >> 8) & 0xFF)) * keep);
                int b = (int) (255 - (255 - (p & 0xFF)) * keep);
                out.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return out;
    }

    /** The picture turned a quarter clockwise, as a phone held sideways stores it. */
    public static BufferedImage turnedClockwise(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getHeight(), image.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.setRGB(image.getHeight() - 1 - y, x, image.getRGB(x, y));
            }
        }
        return out;
    }

    /**
     * A pale card: light cream paper with grey print and no pixel anywhere near white or black, as a clean scan of a
     * faded card comes out. Mean brightness about 230, nothing clipped.
     */
    public static BufferedImage paleCard(int width, int height) {
        BufferedImage card = card(width, height);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = card.getRGB(x, y);
                // map 0–255 onto 150–242: dark print becomes mid grey, the background light cream
                int r = 150 + ((p >> 16) & 0xFF) * 92 / 255;
                int g = 150 + ((p >> 8) & 0xFF) * 92 / 255;
                int b = 140 + (p & 0xFF) * 92 / 255;
                out.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return out;
    }

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

    /**
     * A real, complete PNG of {@code side}×{@code side} transparent black RGBA pixels at {@code bitDepth} (8 or 16) bits
     * per channel: the rows are zeros, so it deflates about a thousand to one. At 6000 and 16 bits it is about 280 KB
     * and decodes to 288 MB — the decompression bomb of issue 13.
     */
    public static byte[] pngBomb(int side, int bitDepth) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] row = new byte[1 + side * 4 * (bitDepth / 8)];
        try (DeflaterOutputStream deflate =
                new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION), 64 * 1024)) {
            for (int y = 0; y < side; y++) {
                deflate.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer ihdr = ByteBuffer.allocate(13)
                .putInt(side)
                .putInt(side)
                .put((byte) bitDepth)
                .put((byte) 6)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", compressed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A real baseline JPEG of {@code side}×{@code side} flat grey: a few hundred KB that decode to side² × 3 bytes. */
    public static byte[] jpegBomb(int side) {
        BufferedImage flat = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = flat.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, side, side);
        g.dispose();
        return jpeg(flat);
    }

    /** The PNG with an extra chunk of {@code type} carrying {@code data} right after its header. */
    public static byte[] pngWithChunk(byte[] png, String type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int afterHeader = 8 + 12 + 13;
        out.write(png, 0, afterHeader);
        chunk(out, type, data);
        out.write(png, afterHeader, png.length - afterHeader);
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
