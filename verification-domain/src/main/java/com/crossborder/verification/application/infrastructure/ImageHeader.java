package com.crossborder.verification.application.infrastructure;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Set;

/**
 * What a JPEG or PNG says about itself before a single pixel is decoded: its format, its size and the bits per
 * colour channel, read from the PNG {@code IHDR} chunk or the JPEG start-of-frame segment by walking the file's own
 * structure (never trusting its name or declared type). A file cut short, or whose structure does not hold together,
 * is refused here as damaged.
 *
 * @param format         {@code "jpeg"} or {@code "png"}
 * @param width          declared width in pixels
 * @param height         declared height in pixels
 * @param bitsPerChannel PNG bit depth or JPEG sample precision
 */
record ImageHeader(String format, int width, int height, int bitsPerChannel) {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** The PNG chunks needed to draw the pixels; text, profiles, EXIF and animation are dropped before decoding. */
    private static final Set<String> PNG_PIXEL_CHUNKS = Set.of("IHDR", "PLTE", "tRNS", "IDAT", "IEND");
    /** A camera JPEG has one scan, a progressive one about ten; thousands only make the decoder spin. */
    static final int MAX_JPEG_SCANS = 100;
    /** Padding some writers leave between JPEG segments. */
    private static final int MAX_STRAY_BYTES = 64;

    /** The header of {@code content}: a rejection when it is neither a complete JPEG nor a complete PNG. */
    static ImageHeader read(byte[] content) {
        int n = content.length;
        if (n > 4 && u8(content, 0) == 0xFF && u8(content, 1) == 0xD8 && u8(content, 2) == 0xFF) {
            if (!(u8(content, n - 2) == 0xFF && u8(content, n - 1) == 0xD9)) {
                throw damaged();
            }
            return jpeg(content);
        }
        if (n > PNG_SIGNATURE.length + 12 && Arrays.equals(content, 0, 8, PNG_SIGNATURE, 0, 8)) {
            // Every complete PNG ends with the IEND chunk: length 0, "IEND", CRC AE 42 60 82.
            if (!(content[n - 8] == 'I' && content[n - 7] == 'E' && content[n - 6] == 'N' && content[n - 5] == 'D')) {
                throw damaged();
            }
            return png(content);
        }
        throw Rejection.onField("photo", Reason.PHOTO_NOT_AN_IMAGE);
    }

    boolean png() {
        return "png".equals(format);
    }

    long pixels() {
        return (long) width * height;
    }

    /**
     * Walks the segments from the start marker to the first start-of-frame (SOF0–SOF15 but DHT, JPG and DAC) and
     * reads precision, height and width there; counts the scans over the whole file.
     */
    private static ImageHeader jpeg(byte[] content) {
        int i = 2;
        int stray = 0;
        while (i + 4 <= content.length) {
            if (u8(content, i) != 0xFF) {
                // a few stray bytes between segments, which decoders skip too; more is not a JPEG
                if (++stray > MAX_STRAY_BYTES) {
                    throw damaged();
                }
                i++;
                continue;
            }
            int marker = u8(content, i + 1);
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                i += 2; // markers without a length
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                throw damaged(); // image data or the end before any frame header
            }
            int length = u16(content, i + 2);
            if (length < 2 || i + 2 + length > content.length) {
                throw damaged();
            }
            boolean startOfFrame =
                    marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                if (length < 8) {
                    throw damaged();
                }
                int precision = u8(content, i + 4);
                int height = u16(content, i + 5);
                int width = u16(content, i + 7);
                if (width == 0 || height == 0) {
                    throw damaged(); // a height defined later by a DNL segment: no camera writes that
                }
                if (scans(content) > MAX_JPEG_SCANS) {
                    throw damaged();
                }
                return new ImageHeader("jpeg", width, height, precision);
            }
            i += 2 + length;
        }
        throw damaged();
    }

    /** Start-of-scan markers in the file (in entropy-coded data 0xFF is always followed by 0x00 or a restart). */
    private static int scans(byte[] content) {
        int scans = 0;
        for (int i = 0; i + 1 < content.length; i++) {
            if (content[i] == (byte) 0xFF && content[i + 1] == (byte) 0xDA) {
                scans++;
            }
        }
        return scans;
    }

    /** The IHDR chunk, which must come first: width, height, bit depth, colour type. */
    private static ImageHeader png(byte[] content) {
        int length = (int) Math.min(Integer.MAX_VALUE, u32(content, 8));
        if (length != 13 || !type(content, 12).equals("IHDR") || content.length < 8 + 8 + 13 + 4) {
            throw damaged();
        }
        long width = u32(content, 16);
        long height = u32(content, 20);
        int bitDepth = u8(content, 24);
        if (width == 0 || height == 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw damaged();
        }
        return new ImageHeader("png", (int) width, (int) height, bitDepth);
    }

    /**
     * The PNG with only the chunks that carry pixels (IHDR, PLTE, tRNS, IDAT, IEND), in their order: a compressed
     * text or profile chunk is never inflated, and nothing but pixels reaches the decoder.
     */
    static byte[] pngPixelsOnly(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        out.write(content, 0, PNG_SIGNATURE.length);
        int i = PNG_SIGNATURE.length;
        boolean ended = false;
        while (!ended) {
            if (i + 12 > content.length) {
                throw damaged();
            }
            long length = u32(content, i);
            if (length > content.length - i - 12) {
                throw damaged();
            }
            String type = type(content, i + 4);
            int chunk = 12 + (int) length;
            if (PNG_PIXEL_CHUNKS.contains(type)) {
                out.write(content, i, chunk);
            }
            ended = type.equals("IEND");
            i += chunk;
        }
        return out.toByteArray();
    }

    private static String type(byte[] content, int at) {
        char[] type = new char[4];
        for (int k = 0; k < 4; k++) {
            type[k] = (char) u8(content, at + k);
        }
        return new String(type);
    }

    private static int u8(byte[] content, int at) {
        return content[at] & 0xFF;
    }

    private static int u16(byte[] content, int at) {
        return (u8(content, at) << 8) | u8(content, at + 1);
    }

    private static long u32(byte[] content, int at) {
        return ((long) u8(content, at) << 24)
                | ((long) u8(content, at + 1) << 16)
                | (u8(content, at + 2) << 8)
                | u8(content, at + 3);
    }

    private static Rejection damaged() {
        return Rejection.onField("photo", Reason.PHOTO_DAMAGED);
    }
}
