package com.crossborder.verification.web;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the server under test writes to its log, as far as a test needs it: the Arquillian container prints every line
 * of the Payara Micro process to this JVM's {@code System.out}, so a tee there sees them all. Only counts are kept.
 */
final class ServerLog {

    private static final AtomicLong LINES = new AtomicLong();
    private static final AtomicLong OUT_OF_MEMORY = new AtomicLong();
    private static boolean watching;

    private ServerLog() {}

    /** Starts counting (call before the deployment starts, from a test class's static initialiser). */
    static synchronized void watch() {
        if (watching) {
            return;
        }
        watching = true;
        PrintStream original = System.out;
        System.setOut(new PrintStream(
                new OutputStream() {
                    private final StringBuilder line = new StringBuilder();

                    @Override
                    public synchronized void write(int b) {
                        original.write(b);
                        if (b == '\n') {
                            seen(line.toString());
                            line.setLength(0);
                        } else if (line.length() < 4096) {
                            line.append((char) b);
                        }
                    }

                    @Override
                    public synchronized void write(byte[] bytes, int offset, int length) {
                        original.write(bytes, offset, length);
                        String text = new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
                        for (char c : text.toCharArray()) {
                            if (c == '\n') {
                                seen(line.toString());
                                line.setLength(0);
                            } else if (line.length() < 4096) {
                                line.append(c);
                            }
                        }
                    }

                    @Override
                    public void flush() {
                        original.flush();
                    }
                },
                true,
                Charset.defaultCharset()));
    }

    private static void seen(String line) {
        LINES.incrementAndGet();
        if (line.contains("OutOfMemoryError")) {
            OUT_OF_MEMORY.incrementAndGet();
        }
    }

    /** Lines seen since watching began (more than zero shows the tee works). */
    static long lines() {
        return LINES.get();
    }

    /** Lines that mention an OutOfMemoryError. */
    static long outOfMemoryErrors() {
        return OUT_OF_MEMORY.get();
    }
}
