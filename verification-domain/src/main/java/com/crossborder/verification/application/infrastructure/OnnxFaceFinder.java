package com.crossborder.verification.application.infrastructure;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import com.crossborder.verification.application.model.Face;
import com.crossborder.verification.application.model.FaceFinder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds faces inside the JVM with nothing fetched at run time:
 *
 * <ol>
 *   <li>the picture is scaled once to a working copy of at most {@value #WORK_SIDE} pixels on its longer side;
 *   <li>Google MediaPipe's BlazeFace (ONNX, Apache-2.0, see {@code face/SOURCE.md}) runs on it through ONNX Runtime:
 *       the 256×256 "back camera" model on the whole picture and on four overlapping quarters (faces down to about
 *       1/25 of the longer side, as in a group photo), and the 128×128 "front camera" model on the whole picture; the
 *       boxes are merged by MediaPipe's weighted non-maximum suppression;
 *   <li>each candidate gets a second look from OpenCV's frontal-face Haar cascade ({@link HaarCascade}) on a crop
 *       twice its size: BlazeFace alone also fires on cats, dogs and cups; the cascade, trained on people, does not.
 * </ol>
 *
 * <p>One instance serves every request: {@link OrtSession#run} may be called from several threads at once, the
 * cascade is immutable, and each call allocates its own buffers. Each session runs one thread per call, since the
 * concurrency comes from the requests (bounded by the inspection bulkhead). {@link #load()} takes a second or two
 * (ONNX Runtime's native library, the models, the cascade, one warm-up detection), so it is done at deployment;
 * {@link #close()} at undeployment. The picture must be upright: neither model finds a face on its side.
 */
public final class OnnxFaceFinder implements FaceFinder, AutoCloseable {

    /** Below this score a candidate box is dropped (MediaPipe's own default is 0.5). */
    static final double MIN_SCORE = 0.6;
    /**
     * Haar windows needed to confirm a candidate, on a 144-pixel crop at scale step 1.1. Measured: frontal faces
     * 11–62, small faces in a group photo 3; BlazeFace's false candidates (cats, a dog, cups, tomatoes) 0–2.
     */
    static final int HAAR_VOTES = 3;
    /** The longer side of the working copy every pass runs on. */
    static final int WORK_SIDE = 1024;

    private static final double NMS_IOU = 0.3;
    private static final int CROP = 144;
    private static final String BACK_MODEL = "face/face_detection_back_256x256_barracuda.onnx";
    private static final String FRONT_MODEL = "face/face_detection_front_128x128_barracuda.onnx";
    private static final String HAAR_CASCADE = "face/haarcascade_frontalface_default.xml";

    private final Detector back;
    private final Detector front;
    private final HaarCascade haar;

    private OnnxFaceFinder(Detector back, Detector front, HaarCascade haar) {
        this.back = back;
        this.front = front;
        this.haar = haar;
    }

    /** Loads both models and the cascade from this jar's resources and runs one detection to warm them up. */
    public static OnnxFaceFinder load() {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        HaarCascade haar = HaarCascade.fromResource(HAAR_CASCADE);
        Detector back = null;
        try {
            back = new Detector(env, BACK_MODEL, 256);
            Detector front = new Detector(env, FRONT_MODEL, 128);
            OnnxFaceFinder finder = new OnnxFaceFinder(back, front, haar);
            finder.find(warmUpPicture());
            return finder;
        } catch (OrtException e) {
            if (back != null) {
                back.close();
            }
            throw new IllegalStateException("cannot load the face detection models", e);
        }
    }

    /**
     * Faces in the picture, in its pixel coordinates, largest first: BlazeFace's candidates that the frontal-face
     * Haar cascade confirms on a crop around each.
     */
    @Override
    public List<Face> find(BufferedImage upright) {
        // one downscaled working copy for every pass: letterboxing a 2 MP picture six times costs more than the models
        BufferedImage work = shrink(upright, WORK_SIDE);
        double up = (double) upright.getWidth() / work.getWidth();
        List<Face> faces = new ArrayList<>();
        for (Face candidate : candidates(work)) {
            if (haarVotes(work, candidate) >= HAAR_VOTES) {
                faces.add(new Face(
                        candidate.x() * up,
                        candidate.y() * up,
                        candidate.width() * up,
                        candidate.height() * up,
                        candidate.score()));
            }
        }
        faces.sort(
                Comparator.comparingDouble((Face f) -> f.width() * f.height()).reversed());
        return faces;
    }

    @Override
    public void close() {
        back.close();
        front.close();
    }

    /** BlazeFace's boxes before the Haar second look, merged. */
    private List<Face> candidates(BufferedImage work) {
        List<Face> candidates = new ArrayList<>();
        try {
            candidates.addAll(back.detect(work));
            candidates.addAll(front.detect(work));
            candidates.addAll(tiled(work));
        } catch (OrtException e) {
            throw new IllegalStateException("face detection failed", e);
        }
        return weightedNms(candidates);
    }

    /** The back model again on four overlapping quarters, each 60 % of the width and height: small faces too. */
    private List<Face> tiled(BufferedImage work) throws OrtException {
        List<Face> out = new ArrayList<>();
        int w = work.getWidth();
        int h = work.getHeight();
        int tw = Math.max(1, (int) Math.round(w * 0.6));
        int th = Math.max(1, (int) Math.round(h * 0.6));
        for (int ty = 0; ty < 2; ty++) {
            for (int tx = 0; tx < 2; tx++) {
                int x0 = tx == 0 ? 0 : w - tw;
                int y0 = ty == 0 ? 0 : h - th;
                for (Face f : back.detect(work.getSubimage(x0, y0, tw, th))) {
                    out.add(new Face(f.x() + x0, f.y() + y0, f.width(), f.height(), f.score()));
                }
            }
        }
        return out;
    }

    /**
     * Haar windows that agree with a candidate: the crop is twice the box, scaled to {@value #CROP} pixels; a hit
     * counts when its centre lies in the middle half and it is at least a quarter of the crop.
     */
    private int haarVotes(BufferedImage work, Face face) {
        BufferedImage crop = HaarCascade.square(cropAround(work, face, 2.0), CROP);
        double mid = CROP / 2.0;
        return haar.scan(
                        crop,
                        CROP / 4,
                        1.1,
                        hit -> {
                            double cx = hit.x() + hit.size() / 2.0;
                            double cy = hit.y() + hit.size() / 2.0;
                            return Math.abs(cx - mid) < CROP / 4.0 && Math.abs(cy - mid) < CROP / 4.0;
                        },
                        HAAR_VOTES)
                .size();
    }

    private static BufferedImage cropAround(BufferedImage image, Face face, double factor) {
        double side = factor * Math.max(face.width(), face.height());
        int x0 = (int) Math.round(face.centreX() - side / 2);
        int y0 = (int) Math.round(face.centreY() - side / 2);
        int s = Math.max(1, (int) Math.round(side));
        BufferedImage crop = new BufferedImage(s, s, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = crop.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, s, s);
        g.drawImage(image, -x0, -y0, null);
        g.dispose();
        return crop;
    }

    /**
     * MediaPipe's "weighted" suppression: the highest-scoring box absorbs every box overlapping it by more than
     * {@value #NMS_IOU} IoU, and the result is their score-weighted mean.
     */
    static List<Face> weightedNms(List<Face> boxes) {
        List<Face> remaining = new ArrayList<>(boxes);
        remaining.sort(Comparator.comparingDouble(Face::score).reversed());
        List<Face> kept = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Face best = remaining.get(0);
            double sx = 0;
            double sy = 0;
            double sw = 0;
            double sh = 0;
            double total = 0;
            List<Face> absorbed = new ArrayList<>();
            for (Face f : remaining) {
                if (f == best || iou(best, f) > NMS_IOU) {
                    absorbed.add(f);
                    sx += f.x() * f.score();
                    sy += f.y() * f.score();
                    sw += f.width() * f.score();
                    sh += f.height() * f.score();
                    total += f.score();
                }
            }
            remaining.removeAll(absorbed);
            kept.add(new Face(sx / total, sy / total, sw / total, sh / total, best.score()));
        }
        return kept;
    }

    private static double iou(Face a, Face b) {
        double ix = Math.max(0, Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x()));
        double iy = Math.max(0, Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y()));
        double inter = ix * iy;
        double union = a.width() * a.height() + b.width() * b.height() - inter;
        return union <= 0 ? 0 : inter / union;
    }

    /** One BlazeFace model: a 16×16 grid with 2 anchors a cell and an 8×8 grid with 6 anchors a cell. */
    private static final class Detector implements AutoCloseable {
        private final OrtEnvironment env;
        private final OrtSession session;
        private final String inputName;
        private final int size;

        Detector(OrtEnvironment env, String resource, int size) throws OrtException {
            this.env = env;
            this.size = size;
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                // One thread per call: the requests bring the concurrency, and the server has few cores.
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                // the converted graphs carry unused initialisers; ONNX Runtime warns about each on stderr at load
                options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
                this.session = env.createSession(readResource(resource), options);
            }
            this.inputName = session.getInputNames().iterator().next();
        }

        List<Face> detect(BufferedImage image) throws OrtException {
            int w = image.getWidth();
            int h = image.getHeight();
            double scale = (double) size / Math.max(w, h);
            double offX = (size - w * scale) / 2;
            double offY = (size - h * scale) / 2;
            BufferedImage square = letterbox(image, size, scale, offX, offY);
            float[] pixels = new float[size * size * 3];
            int[] rgb = square.getRGB(0, 0, size, size, null, 0, size);
            for (int i = 0, j = 0; i < rgb.length; i++) {
                int p = rgb[i];
                pixels[j++] = ((p >> 16) & 0xFF) / 127.5f - 1f;
                pixels[j++] = ((p >> 8) & 0xFF) / 127.5f - 1f;
                pixels[j++] = (p & 0xFF) / 127.5f - 1f;
            }
            List<Face> faces = new ArrayList<>();
            try (OnnxTensor input =
                            OnnxTensor.createTensor(env, FloatBuffer.wrap(pixels), new long[] {1, size, size, 3});
                    OrtSession.Result result = session.run(Map.of(inputName, input))) {
                float[][][] scores16 =
                        (float[][][]) result.get("Identity:0").orElseThrow().getValue();
                float[][][] scores8 =
                        (float[][][]) result.get("Identity_1:0").orElseThrow().getValue();
                float[][][] boxes16 =
                        (float[][][]) result.get("Identity_2:0").orElseThrow().getValue();
                float[][][] boxes8 =
                        (float[][][]) result.get("Identity_3:0").orElseThrow().getValue();
                decode(scores16[0], boxes16[0], 16, 2, scale, offX, offY, faces);
                decode(scores8[0], boxes8[0], 8, 6, scale, offX, offY, faces);
            }
            return faces;
        }

        private void decode(
                float[][] scores,
                float[][] boxes,
                int cells,
                int anchors,
                double scale,
                double offX,
                double offY,
                List<Face> out) {
            for (int gy = 0; gy < cells; gy++) {
                for (int gx = 0; gx < cells; gx++) {
                    for (int a = 0; a < anchors; a++) {
                        int i = (gy * cells + gx) * anchors + a;
                        double score = sigmoid(scores[i][0]);
                        if (score < MIN_SCORE) {
                            continue;
                        }
                        float[] b = boxes[i];
                        // Offsets and sizes are in input pixels; anchors sit at the cell centres.
                        double cx = (gx + 0.5) / cells * size + b[0];
                        double cy = (gy + 0.5) / cells * size + b[1];
                        double bw = b[2];
                        double bh = b[3];
                        if (!(bw > 0 && bh > 0)) {
                            continue;
                        }
                        double x = (cx - bw / 2 - offX) / scale;
                        double y = (cy - bh / 2 - offY) / scale;
                        out.add(new Face(x, y, bw / scale, bh / scale, score));
                    }
                }
            }
        }

        @Override
        public void close() {
            try {
                session.close();
            } catch (OrtException e) {
                // closing at undeployment: nothing more to do
            }
        }
    }

    private static double sigmoid(double v) {
        double clipped = Math.max(-100, Math.min(100, v));
        return 1 / (1 + Math.exp(-clipped));
    }

    /** The picture itself when its longer side is at most maxSide, else a copy scaled down to it (halving, then bilinear). */
    static BufferedImage shrink(BufferedImage image, int maxSide) {
        int longer = Math.max(image.getWidth(), image.getHeight());
        if (longer <= maxSide && image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        double scale = Math.min(1.0, (double) maxSide / longer);
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage current = image;
        while (current.getWidth() / 2 >= w && current.getHeight() / 2 >= h) {
            current = resized(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return resized(current, w, h);
    }

    private static BufferedImage resized(BufferedImage image, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, Color.WHITE, null);
        g.dispose();
        return out;
    }

    /**
     * The picture scaled to fit a size×size square, centred, on black (BlazeFace's padding), halving first while it
     * is more than twice too large so that bilinear sampling does not alias.
     */
    private static BufferedImage letterbox(BufferedImage image, int size, double scale, double offX, double offY) {
        BufferedImage current = image;
        int targetW = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int targetH = Math.max(1, (int) Math.round(image.getHeight() * scale));
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            current = resized(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        BufferedImage square = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = square.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, size, size);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(current, (int) Math.round(offX), (int) Math.round(offY), targetW, targetH, null);
        g.dispose();
        return square;
    }

    /** A grey picture with a light oval: enough to run every pass once. */
    private static BufferedImage warmUpPicture() {
        BufferedImage picture = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 640, 480);
        g.setColor(new Color(220, 190, 170));
        g.fillOval(240, 120, 160, 200);
        g.dispose();
        return picture;
    }

    private static byte[] readResource(String name) {
        try (InputStream in = OnnxFaceFinder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
