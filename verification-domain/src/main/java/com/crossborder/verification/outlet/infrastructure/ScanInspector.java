package com.crossborder.verification.outlet.infrastructure;

import com.crossborder.verification.application.model.PhotoChecker;
import com.crossborder.verification.outlet.model.ScanChecker;
import com.crossborder.verification.shared.infrastructure.Bulkhead;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.lowagie.text.exceptions.BadPasswordException;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.RandomAccessFileOrArray;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Checks an outlet scan by content: a JPEG or PNG goes through the photo checks (and is stored re-encoded, without
 * metadata); a PDF must be complete ({@code %PDF-} … {@code %%EOF}), within the {@link PdfLimits}, not encrypted, and
 * open with 1 to {@code maxPdfPages} pages. The PDF is parsed in a slot of the same bulkhead as the photo checks.
 */
public final class ScanInspector implements ScanChecker {

    private final PhotoChecker photos;
    private final long maxBytes;
    private final int maxPdfPages;
    private final Bulkhead bulkhead;

    public ScanInspector(PhotoChecker photos, long maxBytes, int maxPdfPages, Bulkhead bulkhead) {
        if (maxPdfPages < 1) {
            throw new IllegalArgumentException("a scanned PDF has at least one page");
        }
        this.photos = photos;
        this.maxBytes = maxBytes;
        this.maxPdfPages = maxPdfPages;
        this.bulkhead = bulkhead;
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
        var inspection = photos.inspectScan(content);
        return new CheckedScan(inspection.mediaType(), inspection.cleanedImage());
    }

    private byte[] pdf(byte[] content) {
        String tail = new String(
                content,
                Math.max(0, content.length - 1024),
                Math.min(1024, content.length),
                StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            throw notADocument();
        }
        return bulkhead.run(() -> {
            PdfLimits.check(content);
            int pages = pages(content);
            if (pages < 1) {
                throw notADocument();
            }
            if (pages > maxPdfPages) {
                throw Rejection.onField("scan", Reason.SCAN_PDF_TOO_COMPLEX);
            }
            return content;
        });
    }

    /**
     * The page count, read the lazy way (OpenPDF's partial mode reads the objects the page tree needs, not every
     * object in the file).
     */
    private static int pages(byte[] content) {
        PdfReader reader = null;
        try {
            reader = new PdfReader(new RandomAccessFileOrArray(content), null);
            if (reader.isEncrypted()) {
                throw Rejection.onField("scan", Reason.SCAN_PDF_ENCRYPTED);
            }
            return reader.getNumberOfPages();
        } catch (BadPasswordException encrypted) {
            throw Rejection.onField("scan", Reason.SCAN_PDF_ENCRYPTED);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof Rejection rejection) {
                throw rejection;
            }
            throw notADocument();
        } catch (StackOverflowError nestedTooDeep) {
            // Arrays and dictionaries nested thousands deep make the parser recurse that deep; the stack has unwound.
            throw Rejection.onField("scan", Reason.SCAN_PDF_TOO_COMPLEX);
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    private static Rejection notADocument() {
        return Rejection.onField("scan", Reason.SCAN_NOT_A_DOCUMENT);
    }
}
