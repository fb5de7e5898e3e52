package com.crossborder.verification.web.platform;

import com.crossborder.verification.application.infrastructure.PhotoInspector;
import com.crossborder.verification.application.model.PhotoChecker;
import com.crossborder.verification.application.model.PhotoRules;
import com.crossborder.verification.outlet.infrastructure.ScanInspector;
import com.crossborder.verification.outlet.model.ScanChecker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What uploaded photos and counter scans must be, and the inspectors that check them. */
@ApplicationScoped
public class PhotoSettings {

    @Inject
    @ConfigProperty(name = "verification.photo.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "verification.photo.max-pixels", defaultValue = "40000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "verification.photo.min-short-side", defaultValue = "480")
    int minShortSide;

    @Inject
    @ConfigProperty(name = "verification.photo.min-long-side", defaultValue = "640")
    int minLongSide;

    @Inject
    @ConfigProperty(name = "verification.photo.min-brightness", defaultValue = "50")
    double minBrightness;

    @Inject
    @ConfigProperty(name = "verification.photo.max-brightness", defaultValue = "215")
    double maxBrightness;

    @Inject
    @ConfigProperty(name = "verification.photo.min-sharpness", defaultValue = "40")
    double minSharpness;

    @Produces
    @Singleton
    PhotoRules photoRules() {
        return new PhotoRules(
                maxBytes, maxPixels, minShortSide, minLongSide, minBrightness, maxBrightness, minSharpness);
    }

    @Produces
    @Singleton
    PhotoChecker photoChecker(PhotoRules rules) {
        return new PhotoInspector(rules);
    }

    @Produces
    @Singleton
    ScanChecker scanChecker(PhotoChecker photos) {
        return new ScanInspector(photos, maxBytes);
    }
}
