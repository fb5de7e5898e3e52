package com.crossborder.verification.web.platform;

import com.crossborder.verification.application.model.FaceFinder;
import com.crossborder.verification.shared.infrastructure.Bulkhead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when faces can be checked: a server whose face detection could not load (natives missing for the
 * platform, say) would answer every FACE upload with 503. Also shows how many photo-check slots are free.
 */
@Readiness
@ApplicationScoped
public class FaceDetectionReadiness implements HealthCheck {

    @Inject
    FaceFinder finder;

    @Inject
    Bulkhead bulkhead;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("photo-checks")
                .status(PhotoSettings.available(finder))
                .withData("faceDetection", PhotoSettings.available(finder))
                .withData("slots", bulkhead.permits())
                .withData("freeSlots", bulkhead.available())
                .build();
    }
}
