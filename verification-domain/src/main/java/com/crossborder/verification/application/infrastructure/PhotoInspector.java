package com.crossborder.verification.application.infrastructure;

import com.crossborder.verification.application.model.PhotoChecker;
import com.crossborder.verification.application.model.PhotoInspection;
import com.crossborder.verification.application.model.PhotoRules;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Checks an uploaded photo by its content, never its name or declared type: it must be a JPEG or PNG that
 * decodes completely, of sane declared dimensions (read before decoding), large enough, neither too dark nor
 * too bright, and sharp. The stored copy is re-encoded from the pixels with the EXIF orientation applied, so
 * no metadata (GPS position, camera, time) survives.
 */
public final class PhotoInspector implements PhotoChecker {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Measurements run on a copy of this width, so thresholds do not depend on the camera's resolution. */
    private static final int MEASURE_WIDTH = 640;

    private final PhotoRules rules;

    public PhotoInspector(PhotoRules rules) {
        this.rules = rules;
    }

    @Override
    public PhotoInspection inspect(byte[] content) {
        if (content == null || content.length == 0) {
            throw refuse(Reason.PHOTO_NOT_AN_IMAGE);
        }
        if (content.length > rules.maxBytes()) {
            throw Rejection.tooLarge("photo", Reason.PHOTO_TOO_LARGE);
        }
        String format = sniff(content);
        BufferedImage image = decode(content, format);
        image = orient(image, orientation(content));
        int shortSide = Math.min(image.getWidth(), image.getHeight());
        int longSide = Math.max(image.getWidth(), image.getHeight());
        if (shortSide < rules.minShortSide() || longSide < rules.minLongSide()) {
            throw refuse(Reason.PHOTO_TOO_SMALL);
        }
        double[][] gray = grayscale(image);
        double brightness = mean(gray);
        if (brightness < rules.minBrightness()) {
            throw refuse(Reason.PHOTO_TOO_DARK);
        }
        if (brightness > rules.maxBrightness()) {
            throw refuse(Reason.PHOTO_TOO_BRIGHT);
        }
        double sharpness = laplacianVariance(gray);
        if (sharpness < rules.minSharpness()) {
            throw refuse(Reason.PHOTO_BLURRED);
        }
        String mediaType = "png".equals(format) ? "image/png" : "image/jpeg";
        return new PhotoInspection(
                mediaType, encode(image, format), image.getWidth(), image.getHeight(), brightness, sharpness);
    }

    /** JPEG or PNG by their first bytes, and by their last: a file cut short is refused before decoding. */
    private static String sniff(byte[] content) {
        int n = content.length;
        if (n > 4 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            if (!((content[n - 2] & 0xFF) == 0xFF && (content[n - 1] & 0xFF) == 0xD9)) {
                throw refuse(Reason.PHOTO_DAMAGED);
            }
            return "jpeg";
        }
        if (n > PNG_SIGNATURE.length + 12 && Arrays.equals(content, 0, 8, PNG_SIGNATURE, 0, 8)) {
            // Every complete PNG ends with the IEND chunk: length 0, "IEND", CRC AE 42 60 82.
            if (!(content[n - 8] == 'I' && content[n - 7] == 'E' && content[n - 6] == 'N' && content[n - 5] == 'D')) {
                throw refuse(Reason.PHOTO_DAMAGED);
            }
            return "png";
        }
        throw refuse(Reason.PHOTO_NOT_AN_IMAGE);
    }

    private BufferedImage decode(byte[] content, String format) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new IllegalStateException("the JDK reads " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                // The header's dimensions, before a single pixel is decoded: a bomb stops here.
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > rules.maxPixels()) {
                    throw refuse(Reason.PHOTO_DIMENSIONS_TOO_LARGE);
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw refuse(Reason.PHOTO_NOT_AN_IMAGE);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException undecodable) {
            if (undecodable instanceof Rejection rejection) {
                throw rejection;
            }
            throw refuse(Reason.PHOTO_DAMAGED);
        }
    }

    /** The EXIF orientation (1–8), 1 when there is none or it cannot be read. */
    private static int orientation(byte[] content) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(content), content.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            }
        } catch (Exception unreadable) {
            // Metadata is optional; the pixels were already checked.
        }
        return 1;
    }

    /** Turns the pixels the way the camera said it was held (EXIF orientations 2–8). */
    static BufferedImage orient(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> {
                t.scale(-1, 1);
                t.translate(-w, 0);
            }
            case 3 -> {
                t.translate(w, h);
                t.rotate(Math.PI);
            }
            case 4 -> {
                t.scale(1, -1);
                t.translate(0, -h);
            }
            case 5 -> {
                t.rotate(-Math.PI / 2);
                t.scale(-1, 1);
            }
            case 6 -> {
                t.translate(h, 0);
                t.rotate(Math.PI / 2);
            }
            case 7 -> {
                t.scale(-1, 1);
                t.translate(-h, 0);
                t.translate(0, w);
                t.rotate(3 * Math.PI / 2);
            }
            case 8 -> {
                t.translate(0, w);
                t.rotate(3 * Math.PI / 2);
            }
            default -> {
                return image;
            }
        }
        boolean swaps = orientation >= 5;
        BufferedImage target = new BufferedImage(swaps ? h : w, swaps ? w : h, BufferedImage.TYPE_INT_RGB);
        new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(rgb(image), target);
        return target;
    }

    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, Color.WHITE, null);
        g.dispose();
        return copy;
    }

    /** Luminance (Rec. 601) of a copy scaled to a fixed width. */
    private static double[][] grayscale(BufferedImage image) {
        int width = Math.min(MEASURE_WIDTH, image.getWidth());
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, Color.WHITE, null);
        g.dispose();
        double[][] gray = new double[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = scaled.getRGB(x, y);
                gray[y][x] = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
            }
        }
        return gray;
    }

    private static double mean(double[][] gray) {
        double sum = 0;
        for (double[] row : gray) {
            for (double value : row) {
                sum += value;
            }
        }
        return sum / (gray.length * (double) gray[0].length);
    }

    /** Variance of the 4-neighbour Laplacian: high where there are crisp edges, low when blurred. */
    static double laplacianVariance(double[][] gray) {
        int h = gray.length;
        int w = gray[0].length;
        if (h < 3 || w < 3) {
            return 0;
        }
        double sum = 0;
        double sumSquares = 0;
        long n = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                double laplacian = gray[y - 1][x] + gray[y + 1][x] + gray[y][x - 1] + gray[y][x + 1] - 4 * gray[y][x];
                sum += laplacian;
                sumSquares += laplacian * laplacian;
                n++;
            }
        }
        double mean = sum / n;
        return sumSquares / n - mean * mean;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
            try {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if ("jpeg".equals(format)) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(0.9f);
                }
                // Only pixels are written: no EXIF, no XMP, no comments.
                writer.write(null, new IIOImage("jpeg".equals(format) ? rgb(image) : image, null, null), param);
            } finally {
                writer.dispose();
            }
            stream.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot re-encode a decoded image", e);
        }
    }

    private static Rejection refuse(Reason code) {
        return Rejection.onField("photo", code);
    }
}
