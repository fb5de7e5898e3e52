package com.crossborder.verification.application.model;

/**
 * How a photo is exposed, from the luminance (Rec. 601, 0–255) of its pixels: the share clipped to white (250 and
 * above) and to black (5 and below), the spread of its tones (2nd to 98th percentile) and its middle tone (median).
 * For a document photo it is measured over the whole picture; for the FACE photo over the face, since the plain white
 * wall behind a person may rightly be blown out.
 */
public record Exposure(double highlightsClipped, double shadowsClipped, double contrast, double midtone) {

    /** Luminance from which a pixel counts as clipped white. */
    public static final int HIGHLIGHT = 250;
    /** Luminance up to which a pixel counts as clipped black. */
    public static final int SHADOW = 5;

    public Exposure {
        if (!(highlightsClipped >= 0 && highlightsClipped <= 1)
                || !(shadowsClipped >= 0 && shadowsClipped <= 1)
                || !(contrast >= 0 && contrast <= 255)
                || !(midtone >= 0 && midtone <= 255)) {
            throw new IllegalArgumentException("exposure out of range");
        }
    }

    /** Measured from a luminance histogram (256 counts). */
    public static Exposure of(long[] histogram) {
        if (histogram.length != 256) {
            throw new IllegalArgumentException("a luminance histogram has 256 bins");
        }
        long total = 0;
        for (long count : histogram) {
            total += count;
        }
        if (total == 0) {
            throw new IllegalArgumentException("an empty histogram");
        }
        long highlights = 0;
        for (int level = HIGHLIGHT; level < 256; level++) {
            highlights += histogram[level];
        }
        long shadows = 0;
        for (int level = 0; level <= SHADOW; level++) {
            shadows += histogram[level];
        }
        int low = percentile(histogram, total, 0.02);
        int high = percentile(histogram, total, 0.98);
        return new Exposure(
                (double) highlights / total, (double) shadows / total, high - low, percentile(histogram, total, 0.5));
    }

    private static int percentile(long[] histogram, long total, double fraction) {
        long wanted = (long) Math.ceil(fraction * total);
        long seen = 0;
        for (int level = 0; level < 256; level++) {
            seen += histogram[level];
            if (seen >= Math.max(1, wanted)) {
                return level;
            }
        }
        return 255;
    }
}
