package com.crossborder.verification.outlet.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.application.infrastructure.PhotoInspector;
import com.crossborder.verification.application.infrastructure.TestImages;
import com.crossborder.verification.application.model.PhotoRules;
import com.crossborder.verification.outlet.model.ScanChecker;
import com.crossborder.verification.shared.infrastructure.Bulkhead;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

/** Counter scans: images go through the photo checks, PDFs through page, object, stream and encryption limits. */
class ScanInspectorTest {

    private static final Bulkhead BULKHEAD =
            new Bulkhead(2, Duration.ofSeconds(30), Duration.ofSeconds(3), Reason.PHOTO_CHECKS_BUSY);
    private static final ScanInspector SCANS = new ScanInspector(
            new PhotoInspector(PhotoRules.DEFAULT, picture -> List.of(), BULKHEAD), 5L * 1024 * 1024, 10, BULKHEAD);

    private static Reason refusal(byte[] scan) {
        return assertThrows(Rejection.class, () -> SCANS.check(scan)).code();
    }

    private static byte[] pdf(int pages, boolean encrypted, boolean withImage) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        if (encrypted) {
            writer.setEncryption(
                    null,
                    "owner".getBytes(StandardCharsets.US_ASCII),
                    PdfWriter.ALLOW_PRINTING,
                    PdfWriter.ENCRYPTION_AES_128);
        }
        document.open();
        for (int page = 0; page < pages; page++) {
            if (page > 0) {
                document.newPage();
            }
            document.add(new Paragraph("Power of attorney, page " + (page + 1)));
            if (withImage) {
                Image scan = Image.getInstance(TestImages.jpeg(TestImages.card(1280, 800)));
                scan.scaleToFit(400, 300);
                document.add(scan);
            }
        }
        document.close();
        return out.toByteArray();
    }

    /** A hand-written PDF: the given objects, a cross-reference section as written, and a trailer. */
    private static byte[] handWritten(String objects, String xref, String trailer) {
        String text = "%PDF-1.4\n" + objects + xref + "trailer\n" + trailer + "\nstartxref\n9\n%%EOF\n";
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static final String CATALOG =
            "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";

    @Test
    void aScannedPowerOfAttorneyIsKeptAsItCame() throws Exception {
        byte[] scan = pdf(2, false, true);
        ScanChecker.CheckedScan checked = SCANS.check(scan);
        assertEquals("application/pdf", checked.mediaType());
        assertEquals(scan.length, checked.content().length);
    }

    @Test
    void aPdfOfMoreThanTenPagesIsRefused() throws Exception {
        SCANS.check(pdf(10, false, false));
        assertEquals(Reason.SCAN_PDF_TOO_COMPLEX, refusal(pdf(11, false, false)));
    }

    @Test
    void anEncryptedPdfIsRefused() throws Exception {
        assertEquals(Reason.SCAN_PDF_ENCRYPTED, refusal(pdf(1, true, false)));
    }

    @Test
    void aCrossReferenceSectionClaimingMillionsOfObjectsIsRefusedBeforeParsing() {
        byte[] bomb = handWritten(CATALOG, "xref\n0 400000000\n0000000000 65535 f \n", "<< /Size 3 /Root 1 0 R >>");
        assertEquals(Reason.SCAN_PDF_TOO_COMPLEX, refusal(bomb));
    }

    @Test
    void aHugeDeclaredSizeOrObjectNumberIsRefused() {
        assertEquals(
                Reason.SCAN_PDF_TOO_COMPLEX, refusal(handWritten(CATALOG, "", "<< /Size 2000000000 /Root 1 0 R >>")));
        assertEquals(
                Reason.SCAN_PDF_TOO_COMPLEX,
                refusal(handWritten(CATALOG + "300000000 0 obj\n<< >>\nendobj\n", "", "<< /Size 3 /Root 1 0 R >>")));
        assertEquals(
                Reason.SCAN_PDF_TOO_COMPLEX,
                refusal(handWritten(
                        CATALOG
                                + "3 0 obj\n<< /Type /ObjStm /N 900000000 /First 4 /Length 0 >>\nstream\n\nendstream\nendobj\n",
                        "",
                        "<< /Size 4 /Root 1 0 R >>")));
    }

    @Test
    void aStreamThatInflatesToHundredsOfMegabytesIsRefusedWithoutInflatingItAll() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(zipped, new Deflater(9))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                deflate.write(zeros);
            }
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(("%PDF-1.5\n" + CATALOG + "3 0 obj\n<< /Type /XRef /Filter /FlateDecode /Length " + zipped.size()
                        + " >>\nstream\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        pdf.writeBytes(zipped.toByteArray());
        pdf.writeBytes("\nendstream\nendobj\nstartxref\n9\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(pdf.size() < 400_000, "a bomb of " + pdf.size() + " bytes");
        assertEquals(Reason.SCAN_PDF_TOO_COMPLEX, refusal(pdf.toByteArray()));
    }

    @Test
    void theLzwFilterIsRefused() {
        assertEquals(
                Reason.SCAN_PDF_TOO_COMPLEX,
                refusal(handWritten(
                        CATALOG + "3 0 obj\n<< /Filter /LZWDecode /Length 0 >>\nstream\n\nendstream\nendobj\n",
                        "",
                        "<< /Size 4 /Root 1 0 R >>")));
    }

    @Test
    void arraysNestedTooDeepAreRefusedNotAServerError() {
        String nested = "[".repeat(400_000) + "]".repeat(400_000);
        byte[] deep = handWritten(
                "1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Deep " + nested + " >>\nendobj\n"
                        + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n",
                "",
                "<< /Size 3 /Root 1 0 R >>");
        assertTrue(
                Set.of(Reason.SCAN_PDF_TOO_COMPLEX, Reason.SCAN_NOT_A_DOCUMENT).contains(refusal(deep)));
    }

    @Test
    void aPdfCutShortOrWithoutPagesIsNotADocument() throws Exception {
        byte[] good = pdf(1, false, false);
        byte[] cut = new byte[good.length / 2];
        System.arraycopy(good, 0, cut, 0, cut.length);
        assertEquals(Reason.SCAN_NOT_A_DOCUMENT, refusal(cut));
        assertEquals(Reason.SCAN_NOT_A_DOCUMENT, refusal(handWritten(CATALOG, "", "<< /Size 3 /Root 1 0 R >>")));
    }

    @Test
    void anImageScanGoesThroughThePhotoChecks() {
        assertEquals(
                "image/jpeg",
                SCANS.check(TestImages.jpeg(TestImages.card(1280, 800))).mediaType());
        assertEquals(Reason.PHOTO_DIMENSIONS_TOO_LARGE, refusal(TestImages.pngBomb(6000, 8)));
        assertEquals(Reason.PHOTO_BIT_DEPTH_UNSUPPORTED, refusal(TestImages.pngBomb(6000, 16)));
    }
}
