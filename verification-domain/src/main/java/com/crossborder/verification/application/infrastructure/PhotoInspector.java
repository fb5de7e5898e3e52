package com.crossborder.verification.application.infrastructure;

import com.crossborder.verification.application.model.Exposure;
import com.crossborder.verification.application.model.Face;
import com.crossborder.verification.application.model.FaceFinder;
import com.crossborder.verification.application.model.FaceFindings;
import com.crossborder.verification.application.model.PhotoChecker;
import com.crossborder.verification.application.model.PhotoInspection;
import com.crossborder.verification.application.model.PhotoKind;
import com.crossborder.verification.application.model.PhotoRules;
import com.crossborder.verification.shared.infrastructure.Bulkhead;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegSegmentMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Checks an uploaded photo by its content, never its name or declared type, in order of cost:
 *
 * <ol>
 *   <li>before decoding, from the file's own header ({@link ImageHeader}): a complete JPEG or PNG, at most 8 bits per
 *       channel, at most {@code maxPixels} declared, at least the minimum resolution. A small file that would decode
 *       huge (a 16-bit 6000×6000 PNG of 288 KB, say) stops here;
 *   <li>in a slot of the inspection {@link Bulkhead}, so that a burst cannot run the heap out: the pixels decoded
 *       subsampled to at most about {@value #STORE_SIDE} pixels on the longer side (a 12 MP photo decodes at a quarter of
 *       its pixels), the EXIF orientation applied, then exposure (clipping and contrast) and sharpness measured on a
 *       {@value #MEASURE_WIDTH}-pixel-wide copy, and for the FACE photo the faces found ({@link FaceFinder}) and judged
 *       with the face rule, the face's own exposure last (a white wall behind a person may be blown out, the face not).
 * </ol>
 *
 * <p>The stored copy is re-encoded from the decoded pixels, so no metadata (GPS position, camera, time) survives.
 */
public final class PhotoInspector implements PhotoChecker {

    /** Measurements run on a copy of this width, so thresholds do not depend on the camera's resolution. */
    static final int MEASURE_WIDTH = 640;
    /** The decoded (and stored) copy keeps at most about this many pixels on its longer side. */
    static final int STORE_SIDE = 2048;

    private final PhotoRules rules;
    private final FaceFinder faces;
    private final Bulkhead bulkhead;

    public PhotoInspector(PhotoRules rules, FaceFinder faces, Bulkhead bulkhead) {
        this.rules = rules;
        this.faces = faces;
        this.bulkhead = bulkhead;
    }

    @Override
    public PhotoInspection inspect(byte[] content, PhotoKind kind) {
        return check(content, kind == PhotoKind.FACE);
    }

    @Override
    public PhotoInspection inspectScan(byte[] content) {
        return check(content, false);
    }

    private PhotoInspection check(byte[] content, boolean face) {
        ImageHeader header = header(content);
        return bulkhead.run(() -> measure(content, header, face));
    }

    /** Everything that can be judged without decoding a pixel. */
    ImageHeader header(byte[] content) {
        if (content == null || content.length == 0) {
            throw refuse(Reason.PHOTO_NOT_AN_IMAGE);
        }
        if (content.length > rules.maxBytes()) {
            throw Rejection.tooLarge("photo", Reason.PHOTO_TOO_LARGE);
        }
        ImageHeader header = ImageHeader.read(content);
        if (header.bitsPerChannel() > 8) {
            throw refuse(Reason.PHOTO_BIT_DEPTH_UNSUPPORTED);
        }
        if (header.pixels() > rules.maxPixels()) {
            throw refuse(Reason.PHOTO_DIMENSIONS_TOO_LARGE);
        }
        rules.sizeProblem(header.width(), header.height()).ifPresent(small -> {
            throw refuse(small);
        });
        return header;
    }

    private PhotoInspection measure(byte[] content, ImageHeader header, boolean face) {
        BufferedImage image = upright(content, header);
        Measures whole = Measures.of(image, 0, 0, image.getWidth(), image.getHeight());
        double sharpness = laplacianVariance(whole.gray());
        Exposure exposure = whole.exposure();
        Optional<FaceFindings> findings = Optional.empty();
        if (face) {
            // The background may be blown out (a white wall); only what spoils the whole picture is judged here.
            rules.backgroundExposureProblem(exposure).ifPresent(this::refuseWith);
            rules.sharpnessProblem(sharpness).ifPresent(this::refuseWith);
            List<Face> found = faces.find(image);
            FaceFindings judged = FaceFindings.of(found, image.getWidth(), image.getHeight());
            rules.face().problem(judged).ifPresent(this::refuseWith);
            exposure = faceExposure(image, found);
            findings = Optional.of(judged);
        }
        rules.exposureProblem(exposure).ifPresent(this::refuseWith);
        rules.sharpnessProblem(sharpness).ifPresent(this::refuseWith);
        return new PhotoInspection(
                header.png() ? "image/png" : "image/jpeg",
                encode(image, header.format()),
                image.getWidth(),
                image.getHeight(),
                whole.brightness(),
                sharpness,
                exposure,
                findings);
    }

    /** The pixels, decoded subsampled, turned the way the camera was held. */
    BufferedImage upright(byte[] content, ImageHeader header) {
        BufferedImage decoded = decode(header.png() ? ImageHeader.pngPixelsOnly(content) : content, header);
        return orient(decoded, header.png() ? 1 : orientation(content));
    }

    /**
     * The exposure of the tallest face's box, where it lies in the picture: a face lit from behind or burnt out by a
     * flash is refused even when the picture as a whole is fine.
     */
    static Exposure faceExposure(BufferedImage image, List<Face> found) {
        Face main = found.stream()
                .max((a, b) -> Double.compare(a.height(), b.height()))
                .orElseThrow();
        int x0 = clamp((int) Math.floor(main.x()), 0, image.getWidth() - 1);
        int y0 = clamp((int) Math.floor(main.y()), 0, image.getHeight() - 1);
        int x1 = clamp((int) Math.ceil(main.x() + main.width()), x0 + 1, image.getWidth());
        int y1 = clamp((int) Math.ceil(main.y() + main.height()), y0 + 1, image.getHeight());
        return Measures.of(image, x0, y0, x1 - x0, y1 - y0).exposure();
    }

    /**
     * Decodes with source subsampling: every {@code step}-th pixel of every {@code step}-th row, so the decoded raster
     * is {@code step²} times smaller than the declared one. The step keeps the longer side at about {@value #STORE_SIDE}
     * and never takes the shorter side under the minimum resolution.
     */
    private BufferedImage decode(byte[] content, ImageHeader header) {
        int step = subsampling(header.width(), header.height(), rules.minShortSide());
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(header.format());
            if (!readers.hasNext()) {
                throw new IllegalStateException("the JDK reads " + header.format());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                // The decoder's own idea of the size must be the header's: otherwise the header was not the truth.
                if (reader.getWidth(0) != header.width() || reader.getHeight(0) != header.height()) {
                    throw refuse(Reason.PHOTO_DAMAGED);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw refuse(Reason.PHOTO_NOT_AN_IMAGE);
                }
                return rgb(image);
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

    /** The subsampling step for a picture of the declared size (1: every pixel). */
    static int subsampling(int width, int height, int minShortSide) {
        int longer = Math.max(width, height);
        int shorter = Math.min(width, height);
        int forStorage = (longer + STORE_SIDE - 1) / STORE_SIDE;
        int keepingResolution = Math.max(1, shorter / minShortSide);
        return Math.max(1, Math.min(forStorage, keepingResolution));
    }

    /** The EXIF orientation (1–8) of a JPEG, 1 when there is none or it cannot be read; only EXIF is parsed. */
    private static int orientation(byte[] content) {
        try {
            Metadata metadata = JpegMetadataReader.readMetadata(
                    new ByteArrayInputStream(content), List.<JpegSegmentMetadataReader>of(new ExifReader()));
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            }
        } catch (Exception unreadable) {
            // Metadata is optional; the pixels decoded already.
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

    /** Luminance (Rec. 601) of a region scaled to at most {@value #MEASURE_WIDTH} wide, and what it says. */
    record Measures(double[][] gray, long[] histogram) {

        static Measures of(BufferedImage image, int x, int y, int regionWidth, int regionHeight) {
            int width = Math.min(MEASURE_WIDTH, regionWidth);
            int height = Math.max(1, (int) Math.round((double) regionHeight * width / regionWidth));
            BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scaled.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, x, y, x + regionWidth, y + regionHeight, Color.WHITE, null);
            g.dispose();
            double[][] gray = new double[height][width];
            long[] histogram = new long[256];
            int[] row = new int[width];
            for (int r = 0; r < height; r++) {
                scaled.getRGB(0, r, width, 1, row, 0, width);
                for (int c = 0; c < width; c++) {
                    int rgb = row[c];
                    double luma = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
                    gray[r][c] = luma;
                    histogram[(int) Math.round(luma)]++;
                }
            }
            return new Measures(gray, histogram);
        }

        Exposure exposure() {
            return Exposure.of(histogram);
        }

        double brightness() {
            double sum = 0;
            long n = 0;
            for (int level = 0; level < 256; level++) {
                sum += (double) level * histogram[level];
                n += histogram[level];
            }
            return sum / n;
        }
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

    static byte[] encode(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
            try {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if ("jpeg".equals(format)) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(0.9f);
                }
                // Only pixels are written: no EXIF, no XMP, no comments.
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            stream.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot re-encode a decoded image", e);
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private void refuseWith(Reason reason) {
        throw refuse(reason);
    }

    private static Rejection refuse(Reason code) {
        return Rejection.onField("photo", code);
    }
}
