package com.crossborder.verification.application.model;

import com.crossborder.verification.shared.model.Reason;
import java.util.Optional;

/**
 * The rule for the FACE photo: exactly one face, large enough and roughly centred. Every threshold is a fraction of
 * the picture, so the phone's resolution does not matter. Checked in this order:
 *
 * <ol>
 *   <li>no face: {@link Reason#PHOTO_NO_FACE};
 *   <li>a second face at least {@code secondFaceRatio} as tall as the main one: {@link Reason#PHOTO_MULTIPLE_FACES}
 *       (a small face far behind, on a poster say, is ignored);
 *   <li>the main face's box shorter than {@code minFaceHeight} of the picture: {@link Reason#PHOTO_FACE_TOO_SMALL};
 *   <li>its centre outside x {@code minCentreX}–{@code maxCentreX}, y {@code minCentreY}–{@code maxCentreY}, or the box
 *       cut by the picture's edge by more than {@code edgeTolerance} of its size: {@link Reason#PHOTO_FACE_NOT_CENTRED}.
 * </ol>
 *
 * <p>Basis (the face box runs roughly from the brows to the chin): accepted portraits measured 0.19–0.33 of the
 * picture's height, a head-and-shoulders selfie 0.3–0.5; refused ones (a seated full figure, a half-body portrait
 * far away) 0.06–0.13. Accepted centres lay at x 0.41–0.54, y 0.25–0.45.
 */
public record FacePolicy(
        double minFaceHeight,
        double secondFaceRatio,
        double minCentreX,
        double maxCentreX,
        double minCentreY,
        double maxCentreY,
        double edgeTolerance) {

    /** The measured defaults (see the class comment). */
    public static final FacePolicy DEFAULT = new FacePolicy(0.15, 0.2, 0.25, 0.75, 0.15, 0.70, 0.10);

    public FacePolicy {
        if (!(minFaceHeight > 0 && minFaceHeight < 1)
                || !(secondFaceRatio > 0 && secondFaceRatio <= 1)
                || !(0 <= minCentreX && minCentreX < maxCentreX && maxCentreX <= 1)
                || !(0 <= minCentreY && minCentreY < maxCentreY && maxCentreY <= 1)
                || !(edgeTolerance >= 0 && edgeTolerance < 1)) {
            throw new IllegalArgumentException("inconsistent face policy");
        }
    }

    /** The same rule with another minimum face height and second-face ratio (the two an operator may tune). */
    public FacePolicy withSizes(double minFaceHeight, double secondFaceRatio) {
        return new FacePolicy(
                minFaceHeight, secondFaceRatio, minCentreX, maxCentreX, minCentreY, maxCentreY, edgeTolerance);
    }

    /** Why a face photo with these findings is refused; empty when it shows exactly one face, large and centred. */
    public Optional<Reason> problem(FaceFindings faces) {
        if (faces.count() == 0) {
            return Optional.of(Reason.PHOTO_NO_FACE);
        }
        if (faces.count() > 1 && faces.secondFaceRatio() >= secondFaceRatio) {
            return Optional.of(Reason.PHOTO_MULTIPLE_FACES);
        }
        if (faces.height() < minFaceHeight) {
            return Optional.of(Reason.PHOTO_FACE_TOO_SMALL);
        }
        double slackX = edgeTolerance * faces.width();
        double slackY = edgeTolerance * faces.height();
        boolean cut = faces.x() < -slackX
                || faces.y() < -slackY
                || faces.x() + faces.width() > 1 + slackX
                || faces.y() + faces.height() > 1 + slackY;
        boolean offCentre = faces.centreX() < minCentreX
                || faces.centreX() > maxCentreX
                || faces.centreY() < minCentreY
                || faces.centreY() > maxCentreY;
        if (cut || offCentre) {
            return Optional.of(Reason.PHOTO_FACE_NOT_CENTRED);
        }
        return Optional.empty();
    }
}
