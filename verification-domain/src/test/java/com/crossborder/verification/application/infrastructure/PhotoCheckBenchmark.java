package com.crossborder.verification.application.infrastructure;

import com.crossborder.verification.application.model.PhotoRules;
import java.util.Arrays;

/**
 * Rerunnable measurement of the upload checks (decode, orientation, exposure, sharpness, re-encode) per photo:
 * {@code mvn -q -pl verification-domain test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.crossborder.verification.application.infrastructure.PhotoCheckBenchmark}
 */
public final class PhotoCheckBenchmark {

    private PhotoCheckBenchmark() {}

    public static void main(String[] args) {
        PhotoInspector inspector = new PhotoInspector(PhotoRules.DEFAULT);
        int[][] sizes = {{1280, 800}, {3000, 2000}, {4032, 3024}};
        for (int[] size : sizes) {
            byte[] jpeg = TestImages.jpeg(TestImages.card(size[0], size[1]));
            for (int i = 0; i < 5; i++) {
                inspector.inspect(jpeg);
            }
            long[] millis = new long[20];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                inspector.inspect(jpeg);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(millis);
            System.out.printf(
                    "%dx%d JPEG (%d KiB): median %d ms, p90 %d ms, max %d ms%n",
                    size[0],
                    size[1],
                    jpeg.length / 1024,
                    millis[millis.length / 2],
                    millis[millis.length * 9 / 10],
                    millis[millis.length - 1]);
        }
    }
}
