package com.crossborder.verification.application.infrastructure;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An OpenCV Haar cascade (the "new" XML format of {@code opencv-data}'s haarcascade_frontalface_*.xml),
 * evaluated in plain Java the way OpenCV's {@code HaarEvaluator} does: 24×24 windows on an image pyramid,
 * features scaled by 1/(area·σ) of the window's inner 22×22, windows with σ ≤ 10 refused outright, stage
 * thresholds lowered by 1e-5. Upright features only (the frontal-face cascades have no tilted ones).
 *
 * <p>It is used as a second opinion on BlazeFace's candidates, on a small crop around each: BlazeFace also fires on
 * cat and dog faces, which these cascades, trained on human faces only, do not. Evaluating the cascade here spares the
 * WAR OpenCV's natives (26 MB for Linux alone). Immutable after loading, so one instance serves all threads.
 */
final class HaarCascade {

    private record Rect(int x, int y, int w, int h, float weight) {}

    private record Tree(int[] left, int[] right, int[] feature, float[] threshold, float[] leaves) {}

    private record Stage(float threshold, Tree[] trees) {}

    /** A window that passed every stage, in the coordinates of the image given. */
    public record Hit(int x, int y, int size) {}

    /** Which hits to keep; scanning stops once {@code limit} hits were kept. */
    public interface HitFilter {
        boolean keep(Hit hit);
    }

    private final int winW;
    private final int winH;
    // flattened cascade: per stage, a range of trees; per tree, a range of nodes; per node, a feature
    private final float[] stageThreshold;
    private final int[] stageFirstTree;
    private final int[] treeFirstNode;
    private final int[] treeFirstLeaf;
    private final int[] nodeLeft;
    private final int[] nodeRight;
    private final int[] nodeFeature;
    private final float[] nodeThreshold;
    private final float[] leaves;
    // up to three rectangles a feature: x, y, w, h and weight (weight 0 = absent)
    private final int[][] rectGeom;
    private final float[][] rectWeight;

    private HaarCascade(int winW, int winH, Stage[] stages, Rect[][] features) {
        this.winW = winW;
        this.winH = winH;
        int trees = 0;
        int nodes = 0;
        int leafCount = 0;
        for (Stage st : stages) {
            trees += st.trees.length;
            for (Tree t : st.trees) {
                nodes += t.left.length;
                leafCount += t.leaves.length;
            }
        }
        stageThreshold = new float[stages.length];
        stageFirstTree = new int[stages.length + 1];
        treeFirstNode = new int[trees + 1];
        treeFirstLeaf = new int[trees + 1];
        nodeLeft = new int[nodes];
        nodeRight = new int[nodes];
        nodeFeature = new int[nodes];
        nodeThreshold = new float[nodes];
        leaves = new float[leafCount];
        int ti = 0;
        int ni = 0;
        int li = 0;
        for (int si = 0; si < stages.length; si++) {
            stageThreshold[si] = stages[si].threshold;
            stageFirstTree[si] = ti;
            for (Tree t : stages[si].trees) {
                treeFirstNode[ti] = ni;
                treeFirstLeaf[ti] = li;
                for (int k = 0; k < t.left.length; k++, ni++) {
                    nodeLeft[ni] = t.left[k];
                    nodeRight[ni] = t.right[k];
                    nodeFeature[ni] = t.feature[k];
                    nodeThreshold[ni] = t.threshold[k];
                }
                for (float leaf : t.leaves) {
                    leaves[li++] = leaf;
                }
                ti++;
            }
        }
        stageFirstTree[stages.length] = ti;
        treeFirstNode[ti] = ni;
        treeFirstLeaf[ti] = li;
        rectGeom = new int[features.length][12];
        rectWeight = new float[features.length][3];
        for (int f = 0; f < features.length; f++) {
            for (int r = 0; r < features[f].length && r < 3; r++) {
                Rect rect = features[f][r];
                rectGeom[f][4 * r] = rect.x;
                rectGeom[f][4 * r + 1] = rect.y;
                rectGeom[f][4 * r + 2] = rect.w;
                rectGeom[f][4 * r + 3] = rect.h;
                rectWeight[f][r] = rect.weight;
            }
        }
    }

    /** The cascade in the resource {@code name}, relative to this class; XML external entities are refused. */
    static HaarCascade fromResource(String name) {
        try (InputStream in = HaarCascade.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(in);
            Element cascade = (Element) doc.getElementsByTagName("cascade").item(0);
            if (!"HAAR".equals(text(child(cascade, "featureType")))) {
                throw new IllegalArgumentException(name + " is not a Haar cascade");
            }
            int width = Integer.parseInt(text(child(cascade, "width")));
            int height = Integer.parseInt(text(child(cascade, "height")));
            List<Stage> stages = new ArrayList<>();
            for (Element s : items(child(cascade, "stages"))) {
                float stageThreshold = Float.parseFloat(text(child(s, "stageThreshold"))) - 1e-5f;
                List<Tree> trees = new ArrayList<>();
                for (Element w : items(child(s, "weakClassifiers"))) {
                    String[] nodes = text(child(w, "internalNodes")).trim().split("\\s+");
                    String[] leafText = text(child(w, "leafValues")).trim().split("\\s+");
                    int n = nodes.length / 4;
                    int[] left = new int[n];
                    int[] right = new int[n];
                    int[] feature = new int[n];
                    float[] threshold = new float[n];
                    for (int i = 0; i < n; i++) {
                        left[i] = Integer.parseInt(nodes[4 * i]);
                        right[i] = Integer.parseInt(nodes[4 * i + 1]);
                        feature[i] = Integer.parseInt(nodes[4 * i + 2]);
                        threshold[i] = Float.parseFloat(nodes[4 * i + 3]);
                    }
                    float[] leaves = new float[leafText.length];
                    for (int i = 0; i < leaves.length; i++) {
                        leaves[i] = Float.parseFloat(leafText[i]);
                    }
                    trees.add(new Tree(left, right, feature, threshold, leaves));
                }
                stages.add(new Stage(stageThreshold, trees.toArray(new Tree[0])));
            }
            List<Rect[]> features = new ArrayList<>();
            for (Element f : items(child(cascade, "features"))) {
                Element tilted = child(f, "tilted");
                if (tilted != null && !"0".equals(text(tilted).trim())) {
                    throw new IllegalArgumentException(name + " has tilted features, which this evaluator lacks");
                }
                List<Rect> rects = new ArrayList<>();
                for (Element r : items(child(f, "rects"))) {
                    String[] v = text(r).trim().split("\\s+");
                    rects.add(new Rect(
                            Integer.parseInt(v[0]),
                            Integer.parseInt(v[1]),
                            Integer.parseInt(v[2]),
                            Integer.parseInt(v[3]),
                            Float.parseFloat(v[4])));
                }
                features.add(rects.toArray(new Rect[0]));
            }
            return new HaarCascade(width, height, stages.toArray(new Stage[0]), features.toArray(new Rect[0][]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read cascade " + name, e);
        }
    }

    /**
     * Every window, from minSize up to the image's shorter side, that passes all stages (no grouping).
     * The image is scaled down by {@code scaleFactor} per level, as OpenCV's detectMultiScale does; the
     * window moves 2 pixels at a time while the level is less than half-size, then 1.
     */
    List<Hit> scan(BufferedImage image, int minSize, double scaleFactor) {
        return scan(image, minSize, scaleFactor, hit -> true, Integer.MAX_VALUE);
    }

    /** As {@link #scan(BufferedImage, int, double)}, keeping only the hits the filter takes, at most {@code limit}. */
    List<Hit> scan(BufferedImage image, int minSize, double scaleFactor, HitFilter filter, int limit) {
        List<Hit> hits = new ArrayList<>();
        int w = image.getWidth();
        int h = image.getHeight();
        int[] gray = gray(image);
        int[] offsets = new int[rectGeom.length * 12];
        for (double factor = 1; ; factor *= scaleFactor) {
            int sw = (int) Math.round(w / factor);
            int sh = (int) Math.round(h / factor);
            if (sw < winW || sh < winH) {
                break;
            }
            if (winW * factor < minSize) {
                continue;
            }
            int[] level = factor == 1 ? gray : resizeGray(gray, w, h, sw, sh);
            int stride = sw + 1;
            int[] sum = new int[stride * (sh + 1)];
            long[] sq = new long[stride * (sh + 1)];
            integral(level, sw, sh, sum, sq);
            // corner offsets of every feature rectangle for this level's stride: a, b, c, d
            for (int f = 0; f < rectGeom.length; f++) {
                int[] g = rectGeom[f];
                for (int r = 0; r < 3; r++) {
                    int x = g[4 * r];
                    int y = g[4 * r + 1];
                    int rw = g[4 * r + 2];
                    int rh = g[4 * r + 3];
                    int o = f * 12 + r * 4;
                    offsets[o] = y * stride + x;
                    offsets[o + 1] = y * stride + x + rw;
                    offsets[o + 2] = (y + rh) * stride + x;
                    offsets[o + 3] = (y + rh) * stride + x + rw;
                }
            }
            int step = factor > 2 ? 1 : 2;
            for (int y = 0; y + winH <= sh; y += step) {
                for (int x = 0; x + winW <= sw; x += step) {
                    if (passes(sum, sq, stride, x, y, offsets)) {
                        Hit hit = new Hit((int) Math.round(x * factor), (int) Math.round(y * factor), (int)
                                Math.round(winW * factor));
                        if (filter.keep(hit)) {
                            hits.add(hit);
                            if (hits.size() >= limit) {
                                return hits;
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    private boolean passes(int[] sum, long[] sq, int stride, int x, int y, int[] offsets) {
        // OpenCV's normrect: the window less a one-pixel border
        int n0 = (y + 1) * stride + x + 1;
        int n1 = n0 + winW - 2;
        int n2 = n0 + (winH - 2) * stride;
        int n3 = n2 + winW - 2;
        double area = (double) (winW - 2) * (winH - 2);
        double valsum = sum[n3] - sum[n1] - sum[n2] + sum[n0];
        double valsq = sq[n3] - sq[n1] - sq[n2] + sq[n0];
        double nf = area * valsq - valsum * valsum;
        if (nf <= 0) {
            return false;
        }
        double norm = 1.0 / Math.sqrt(nf);
        if (area * norm >= 0.1) {
            return false; // σ ≤ 10: a flat window
        }
        int p = y * stride + x;
        for (int si = 0; si < stageThreshold.length; si++) {
            double stageSum = 0;
            for (int t = stageFirstTree[si]; t < stageFirstTree[si + 1]; t++) {
                int base = treeFirstNode[t];
                int idx = 0;
                do {
                    int node = base + idx;
                    int f = nodeFeature[node];
                    int o = f * 12;
                    float[] wgt = rectWeight[f];
                    double value = wgt[0]
                                    * (sum[p + offsets[o + 3]]
                                            - sum[p + offsets[o + 1]]
                                            - sum[p + offsets[o + 2]]
                                            + sum[p + offsets[o]])
                            + wgt[1]
                                    * (sum[p + offsets[o + 7]]
                                            - sum[p + offsets[o + 5]]
                                            - sum[p + offsets[o + 6]]
                                            + sum[p + offsets[o + 4]]);
                    if (wgt[2] != 0) {
                        value += wgt[2]
                                * (sum[p + offsets[o + 11]]
                                        - sum[p + offsets[o + 9]]
                                        - sum[p + offsets[o + 10]]
                                        + sum[p + offsets[o + 8]]);
                    }
                    idx = value * norm < nodeThreshold[node] ? nodeLeft[node] : nodeRight[node];
                } while (idx > 0);
                stageSum += leaves[treeFirstLeaf[t] - idx];
            }
            if (stageSum < stageThreshold[si]) {
                return false;
            }
        }
        return true;
    }

    private static void integral(int[] img, int w, int h, int[] sum, long[] sq) {
        int stride = w + 1;
        for (int y = 0; y < h; y++) {
            int rowSum = 0;
            long rowSq = 0;
            for (int x = 0; x < w; x++) {
                int v = img[y * w + x];
                rowSum += v;
                rowSq += (long) v * v;
                sum[(y + 1) * stride + x + 1] = sum[y * stride + x + 1] + rowSum;
                sq[(y + 1) * stride + x + 1] = sq[y * stride + x + 1] + rowSq;
            }
        }
    }

    /** Luma as OpenCV's cvtColor(BGR2GRAY) computes it, rounded to 0..255. */
    private static int[] gray(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        int[] out = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            out[i] = (int) Math.round(0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF));
        }
        return out;
    }

    /** Bilinear resize of a grey image (pixel centres aligned, as OpenCV's INTER_LINEAR). */
    private static int[] resizeGray(int[] src, int w, int h, int nw, int nh) {
        int[] out = new int[nw * nh];
        double sx = (double) w / nw;
        double sy = (double) h / nh;
        for (int y = 0; y < nh; y++) {
            double fy = (y + 0.5) * sy - 0.5;
            int y0 = (int) Math.floor(fy);
            double dy = fy - y0;
            int ya = Math.max(0, Math.min(h - 1, y0));
            int yb = Math.max(0, Math.min(h - 1, y0 + 1));
            for (int x = 0; x < nw; x++) {
                double fx = (x + 0.5) * sx - 0.5;
                int x0 = (int) Math.floor(fx);
                double dx = fx - x0;
                int xa = Math.max(0, Math.min(w - 1, x0));
                int xb = Math.max(0, Math.min(w - 1, x0 + 1));
                double v = src[ya * w + xa] * (1 - dx) * (1 - dy)
                        + src[ya * w + xb] * dx * (1 - dy)
                        + src[yb * w + xa] * (1 - dx) * dy
                        + src[yb * w + xb] * dx * dy;
                out[y * nw + x] = (int) Math.round(v);
            }
        }
        return out;
    }

    /** The image scaled to size×size (used by callers that crop around a candidate). */
    static BufferedImage square(BufferedImage image, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, size, size, null);
        g.dispose();
        return out;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> items(Element parent) {
        List<Element> out = new ArrayList<>();
        NodeList list = parent.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element e && e.getTagName().equals("_")) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element e) {
        return e.getTextContent();
    }
}
