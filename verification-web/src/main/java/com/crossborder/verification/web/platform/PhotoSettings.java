package com.crossborder.verification.web.platform;

import com.crossborder.verification.application.infrastructure.OnnxFaceFinder;
import com.crossborder.verification.application.infrastructure.PhotoInspector;
import com.crossborder.verification.application.model.Face;
import com.crossborder.verification.application.model.FaceFinder;
import com.crossborder.verification.application.model.FacePolicy;
import com.crossborder.verification.application.model.PhotoChecker;
import com.crossborder.verification.application.model.PhotoRules;
import com.crossborder.verification.outlet.infrastructure.ScanInspector;
import com.crossborder.verification.outlet.model.ScanChecker;
import com.crossborder.verification.shared.infrastructure.Bulkhead;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What uploaded photos and counter scans must be, the inspectors that check them, the face finder they share (loaded
 * and warmed up once, when the application is deployed) and the bulkhead that bounds how many are checked at once.
 */
@ApplicationScoped
public class PhotoSettings {

    private static final Logger LOG = Logger.getLogger(PhotoSettings.class.getName());
    /** What a client told "busy" is asked to wait before trying again. */
    private static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(3);

    @Inject
    @ConfigProperty(name = "verification.photo.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "verification.photo.max-pixels", defaultValue = "12500000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "verification.photo.min-short-side", defaultValue = "480")
    int minShortSide;

    @Inject
    @ConfigProperty(name = "verification.photo.min-long-side", defaultValue = "640")
    int minLongSide;

    @Inject
    @ConfigProperty(name = "verification.photo.max-clipped-highlights", defaultValue = "0.4")
    double maxClippedHighlights;

    @Inject
    @ConfigProperty(name = "verification.photo.max-clipped-shadows", defaultValue = "0.4")
    double maxClippedShadows;

    @Inject
    @ConfigProperty(name = "verification.photo.min-contrast", defaultValue = "48")
    double minContrast;

    @Inject
    @ConfigProperty(name = "verification.photo.min-sharpness", defaultValue = "40")
    double minSharpness;

    @Inject
    @ConfigProperty(name = "verification.photo.face.min-height", defaultValue = "0.15")
    double minFaceHeight;

    @Inject
    @ConfigProperty(name = "verification.photo.face.second-face-ratio", defaultValue = "0.2")
    double secondFaceRatio;

    @Inject
    @ConfigProperty(name = "verification.photo.concurrent-checks", defaultValue = "4")
    int concurrentChecks;

    @Inject
    @ConfigProperty(name = "verification.photo.check-wait", defaultValue = "PT2S")
    Duration checkWait;

    @Inject
    @ConfigProperty(name = "verification.scan.max-pdf-pages", defaultValue = "10")
    int maxPdfPages;

    @Produces
    @Singleton
    PhotoRules photoRules() {
        return new PhotoRules(
                maxBytes,
                maxPixels,
                minShortSide,
                minLongSide,
                maxClippedHighlights,
                maxClippedShadows,
                minContrast,
                minSharpness,
                FacePolicy.DEFAULT.withSizes(minFaceHeight, secondFaceRatio));
    }

    /** One bulkhead for photo uploads and counter scans: they decode in the same heap. */
    @Produces
    @Singleton
    Bulkhead inspectionBulkhead() {
        return new Bulkhead(concurrentChecks, checkWait, BUSY_RETRY_AFTER, Reason.PHOTO_CHECKS_BUSY);
    }

    /**
     * The face finder, loaded once for the whole application (ONNX Runtime's natives, two models, the cascade, a
     * warm-up detection). Where it cannot load (the WAR carries Linux x86-64 natives only) FACE uploads answer 503
     * and the readiness check says why; nothing is ever accepted unchecked.
     */
    @Produces
    @Singleton
    FaceFinder faceFinder() {
        long start = System.nanoTime();
        try {
            OnnxFaceFinder finder = OnnxFaceFinder.load();
            LOG.info("Face detection loaded and warmed up in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return finder;
        } catch (RuntimeException | LinkageError unavailable) {
            LOG.log(
                    Level.SEVERE,
                    "Face detection could not be loaded; FACE photo uploads will answer 503",
                    unavailable);
            return new UnavailableFaceFinder();
        }
    }

    void closeFaceFinder(@Disposes FaceFinder finder) {
        if (finder instanceof OnnxFaceFinder loaded) {
            loaded.close();
        }
    }

    /** Loads the face finder while the application deploys, so that no upload waits for it. */
    void loadAtDeployment(@Observes @Initialized(ApplicationScoped.class) Object deployed, FaceFinder finder) {
        if (finder instanceof UnavailableFaceFinder) {
            LOG.warning("Face detection is unavailable on this server");
        }
    }

    @Produces
    @Singleton
    PhotoChecker photoChecker(PhotoRules rules, FaceFinder faces, Bulkhead bulkhead) {
        return new PhotoInspector(rules, faces, bulkhead);
    }

    @Produces
    @Singleton
    ScanChecker scanChecker(PhotoChecker photos, Bulkhead bulkhead) {
        return new ScanInspector(photos, maxBytes, maxPdfPages, bulkhead);
    }

    /** Whether faces can be checked on this server (the readiness check reports it). */
    static boolean available(FaceFinder finder) {
        return !(finder instanceof UnavailableFaceFinder);
    }

    /** Stands in for a face finder that could not load: every FACE upload is "try later", never accepted unchecked. */
    static final class UnavailableFaceFinder implements FaceFinder {
        @Override
        public List<Face> find(BufferedImage upright) {
            throw Rejection.unavailable(Reason.SERVICE_UNAVAILABLE, Duration.ofMinutes(5));
        }
    }
}
