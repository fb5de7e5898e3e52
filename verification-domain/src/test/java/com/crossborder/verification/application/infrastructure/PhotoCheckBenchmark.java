package com.crossborder.verification.application.infrastructure;

import com.crossborder.verification.application.model.PhotoKind;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rerunnable measurement of the upload checks per photo, whole and in parts (header, decode with orientation,
 * exposure and sharpness, face detection, re-encoding), as wall time and as this thread's CPU time (the machine is
 * shared, so CPU time is the steadier number):
 * {@code mvn -q -pl verification-domain test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.crossborder.verification.application.infrastructure.PhotoCheckBenchmark}
 * (optional argument: rounds, default 20).
 */
public final class PhotoCheckBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PhotoCheckBenchmark() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long loadStart = System.nanoTime();
        PhotoInspector inspector = SharedFaceFinder.inspector();
        System.out.printf("face finder loaded and warmed up in %d ms%n", (System.nanoTime() - loadStart) / 1_000_000);
        OnnxFaceFinder finder = SharedFaceFinder.get();

        Map<String, byte[]> documents = new LinkedHashMap<>();
        documents.put("ID card 1280×800", TestImages.jpeg(TestImages.card(1280, 800)));
        documents.put("ID card 3000×2000", TestImages.jpeg(TestImages.card(3000, 2000)));
        documents.put("ID card 4032×3024 (12 MP)", TestImages.jpeg(TestImages.card(4032, 3024)));
        Map<String, byte[]> faces = new LinkedHashMap<>();
        faces.put("portrait 1024×1200", TestImages.jpeg(TestImages.portrait()));
        faces.put("phone portrait 1224×1632 (2 MP)", TestImages.jpeg(phonePortrait(1224, 1632)));
        faces.put("phone portrait 3024×4032 (12 MP)", TestImages.jpeg(phonePortrait(3024, 4032)));

        System.out.printf("%nwhole check, median of %d (wall / thread CPU, ms)%n", rounds);
        documents.forEach((name, photo) ->
                report(name + ", ID_FRONT", rounds, () -> inspector.inspect(photo, PhotoKind.ID_FRONT)));
        faces.forEach((name, photo) -> report(name + ", FACE", rounds, () -> inspector.inspect(photo, PhotoKind.FACE)));
        faces.forEach((name, photo) -> report(
                name + ", same photo as ID_FRONT (no face check)",
                rounds,
                () -> inspector.inspect(photo, PhotoKind.ID_FRONT)));

        System.out.printf("%nparts, median of %d (wall / thread CPU, ms)%n", rounds);
        Map<String, byte[]> all = new LinkedHashMap<>(documents);
        all.putAll(faces);
        all.forEach((name, photo) -> {
            ImageHeader header = inspector.header(photo);
            BufferedImage upright = inspector.upright(photo, header);
            PhotoInspector.Measures measures =
                    PhotoInspector.Measures.of(upright, 0, 0, upright.getWidth(), upright.getHeight());
            report(name + ": header", rounds, () -> inspector.header(photo));
            report(name + ": decode subsampled + orient", rounds, () -> inspector.upright(photo, header));
            report(
                    name + ": exposure + sharpness",
                    rounds,
                    () -> PhotoInspector.laplacianVariance(
                                    PhotoInspector.Measures.of(upright, 0, 0, upright.getWidth(), upright.getHeight())
                                            .gray())
                            + measures.exposure().contrast());
            report(name + ": face detection", rounds, () -> finder.find(upright));
            report(name + ": re-encode", rounds, () -> PhotoInspector.encode(upright, header.format()));
        });
    }

    /** Grace Hopper filling three quarters of a phone frame, a brick wall around her. */
    private static BufferedImage phonePortrait(int width, int height) {
        return TestImages.placed(
                TestImages.photo("grace_hopper.jpg"), TestImages.photo("brick.png"), width, height, 0.75, 0.1, 0.12);
    }

    private static void report(String name, int rounds, Supplier<Object> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        long[] wall = new long[rounds];
        long[] cpu = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.get();
            wall[i] = System.nanoTime() - start;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(
                "  %-62s %6.1f / %6.1f   (p90 wall %.1f)%n",
                name, wall[rounds / 2] / 1e6, cpu[rounds / 2] / 1e6, wall[rounds * 9 / 10] / 1e6);
    }
}
