package com.crossborder.verification.outlet.infrastructure;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * What a PDF scanned at a counter may be before a PDF library parses it. OpenPDF sizes its cross-reference table by
 * numbers the file declares (an {@code xref} subsection, {@code /Size}, an object number, an object stream's
 * {@code /N}) and inflates cross-reference and object streams without a limit, so a few kilobytes can ask it for
 * gigabytes. This scan of the raw bytes refuses such files first: declared object counts above
 * {@value #MAX_OBJECTS}, a compressed stream that inflates beyond {@value #MAX_STREAM_BYTES} bytes or all of them
 * beyond {@value #MAX_INFLATED_BYTES}, the LZW filter (no scanner writes it, and it expands as freely), and encryption.
 * It never inflates more than those budgets, in 64 KiB steps.
 */
final class PdfLimits {

    /** Objects a scanned document may declare; a 10-page scan has a few dozen. */
    static final int MAX_OBJECTS = 50_000;
    /** Bytes one compressed stream may inflate to. */
    static final long MAX_STREAM_BYTES = 32L * 1024 * 1024;
    /** Bytes all compressed streams together may inflate to. */
    static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;

    private static final Pattern OBJECT = Pattern.compile("(\\d{1,12})\\s+\\d{1,12}\\s+obj\\b");
    private static final Pattern SIZE = Pattern.compile("/(?:Size|N)\\s+(\\d{1,12})");
    private static final Pattern SUBSECTION = Pattern.compile("(?m)^\\s*(\\d{1,12})\\s+(\\d{1,12})\\s*$");
    private static final Pattern INDEX = Pattern.compile("/Index\\s*\\[([^\\]]*)\\]");
    private static final Pattern ENCRYPT = Pattern.compile("/Encrypt\\b");
    private static final Pattern LZW = Pattern.compile("/LZW(?:Decode)?\\b");
    private static final Pattern STREAM = Pattern.compile("stream\\r?\\n");

    private PdfLimits() {}

    /** Nothing when the PDF stays within the limits; a rejection with the reason otherwise. */
    static void check(byte[] content) {
        // The dictionaries and tables only: numbers and names inside binary stream data mean nothing.
        String text = checkStreams(content, new String(content, StandardCharsets.ISO_8859_1));
        if (ENCRYPT.matcher(text).find()) {
            throw Rejection.onField("scan", Reason.SCAN_PDF_ENCRYPTED);
        }
        if (LZW.matcher(text).find()) {
            throw tooComplex();
        }
        int objects = 0;
        Matcher object = OBJECT.matcher(text);
        while (object.find()) {
            if (++objects > MAX_OBJECTS || Long.parseLong(object.group(1)) > MAX_OBJECTS) {
                throw tooComplex();
            }
        }
        Matcher size = SIZE.matcher(text);
        while (size.find()) {
            if (Long.parseLong(size.group(1)) > MAX_OBJECTS) {
                throw tooComplex();
            }
        }
        Matcher subsection = SUBSECTION.matcher(text);
        while (subsection.find()) {
            if (Long.parseLong(subsection.group(1)) + Long.parseLong(subsection.group(2)) > MAX_OBJECTS) {
                throw tooComplex();
            }
        }
        Matcher index = INDEX.matcher(text);
        while (index.find()) {
            long declared = 0;
            for (String number : index.group(1).trim().split("\\s+")) {
                if (!number.isEmpty()) {
                    declared += number.length() > 12 ? Long.MAX_VALUE / 4 : Long.parseLong(number);
                }
            }
            if (declared > 2L * MAX_OBJECTS) {
                throw tooComplex();
            }
        }
    }

    /**
     * Inflates every stream that is zlib data, counting and discarding, within the budgets; returns the text with
     * every stream's data left out.
     */
    private static String checkStreams(byte[] content, String text) {
        StringBuilder skeleton = new StringBuilder();
        long total = 0;
        byte[] sink = new byte[64 * 1024];
        Matcher stream = STREAM.matcher(text);
        int from = 0;
        while (from < text.length() && stream.find(from)) {
            int start = stream.end();
            if (stream.start() > 0 && Character.isLetter(text.charAt(stream.start() - 1))) {
                skeleton.append(text, from, start); // "endstream" at a line's end does not start a stream
                from = start;
                continue;
            }
            int end = text.indexOf("endstream", start);
            if (end < 0) {
                end = content.length;
            }
            total += inflated(content, start, end - start, sink, MAX_INFLATED_BYTES - total);
            skeleton.append(text, from, start).append('\n');
            from = end;
        }
        return skeleton.append(text, Math.min(from, text.length()), text.length())
                .toString();
    }

    /** Bytes {@code length} bytes at {@code offset} inflate to; 0 when they are not zlib data. */
    private static long inflated(byte[] content, int offset, int length, byte[] sink, long budget) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(content, offset, length);
            long produced = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(sink);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                produced += n;
                if (produced > MAX_STREAM_BYTES || produced > budget) {
                    throw tooComplex();
                }
            }
            return produced;
        } catch (DataFormatException notZlib) {
            return 0; // an image (DCT, JBIG2, CCITT) or plain text: nothing to inflate
        } finally {
            inflater.end();
        }
    }

    private static Rejection tooComplex() {
        return Rejection.onField("scan", Reason.SCAN_PDF_TOO_COMPLEX);
    }
}
