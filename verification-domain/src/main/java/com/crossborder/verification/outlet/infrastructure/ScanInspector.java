package com.crossborder.verification.outlet.infrastructure;

import com.crossborder.verification.application.model.PhotoChecker;
import com.crossborder.verification.outlet.model.ScanChecker;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Checks an outlet scan by content: a JPEG or PNG goes through the photo checks (and is stored re-encoded,
 * without metadata); a PDF must be complete ({@code %PDF-} … {@code %%EOF}) and open with at least one page.
 */
public final class ScanInspector implements ScanChecker {

    private final PhotoChecker photos;
    private final long maxBytes;

    public ScanInspector(PhotoChecker photos, long maxBytes) {
        this.photos = photos;
        this.maxBytes = maxBytes;
    }

    @Override
    public CheckedScan check(byte[] content) {
        if (content != null && content.length > maxBytes) {
            throw Rejection.tooLarge("scan", Reason.PHOTO_TOO_LARGE);
        }
        if (content != null
                && content.length > 8
                && new String(content, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            return new CheckedScan("application/pdf", pdf(content));
        }
        var inspection = photos.inspect(content);
        return new CheckedScan(inspection.mediaType(), inspection.cleanedImage());
    }

    private static byte[] pdf(byte[] content) {
        String tail = new String(
                content,
                Math.max(0, content.length - 1024),
                Math.min(1024, content.length),
                StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            throw Rejection.onField("scan", Reason.SCAN_NOT_A_DOCUMENT);
        }
        try {
            PdfReader reader = new PdfReader(content);
            try {
                if (reader.getNumberOfPages() < 1) {
                    throw Rejection.onField("scan", Reason.SCAN_NOT_A_DOCUMENT);
                }
            } finally {
                reader.close();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof Rejection rejection) {
                throw rejection;
            }
            throw Rejection.onField("scan", Reason.SCAN_NOT_A_DOCUMENT);
        }
        return content;
    }
}
