package com.crossborder.verification.application.infrastructure;

import com.crossborder.verification.application.model.PhotoRules;
import com.crossborder.verification.shared.infrastructure.Bulkhead;
import com.crossborder.verification.shared.model.Reason;
import java.time.Duration;

/** One face finder for every test class in the JVM, as the server has one: loading it takes a second or two. */
final class SharedFaceFinder {

    private static OnnxFaceFinder finder;

    private SharedFaceFinder() {}

    static synchronized OnnxFaceFinder get() {
        if (finder == null) {
            finder = OnnxFaceFinder.load();
        }
        return finder;
    }

    /** An inspector with the default rules, the shared finder and a bulkhead of four slots. */
    static PhotoInspector inspector() {
        return inspector(PhotoRules.DEFAULT);
    }

    static PhotoInspector inspector(PhotoRules rules) {
        return new PhotoInspector(
                rules, get(), new Bulkhead(4, Duration.ofSeconds(30), Duration.ofSeconds(3), Reason.PHOTO_CHECKS_BUSY));
    }
}
