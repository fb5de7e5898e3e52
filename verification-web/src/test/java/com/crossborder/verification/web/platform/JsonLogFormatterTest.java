package com.crossborder.verification.web.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class JsonLogFormatterTest {

    @Test
    void aLineCarriesTheExceptionWithItsCausesAndFramesEscaped() {
        LogRecord record = new LogRecord(Level.WARNING, "job \"x\" failed");
        record.setLoggerName("verification.jobs");
        record.setThrown(new IllegalStateException("outer", new IllegalArgumentException("inner")));
        String line = new JsonLogFormatter().format(record);
        assertTrue(line.startsWith("{\"timestamp\":\"") && line.endsWith("}\n"), line);
        assertTrue(line.contains("\"message\":\"job \\\"x\\\" failed\""), line);
        assertTrue(line.contains("java.lang.IllegalStateException: outer\\n\\tat "), line);
        assertTrue(line.contains("Caused by: java.lang.IllegalArgumentException: inner"), line);
        assertTrue(line.indexOf('\n') == line.length() - 1, "one line");
    }
}
