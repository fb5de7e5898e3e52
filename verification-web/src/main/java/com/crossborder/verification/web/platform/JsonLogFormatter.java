package com.crossborder.verification.web.platform;

import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One JSON object a line: {@code timestamp}, {@code level}, {@code logger}, {@code thread}, {@code message} and, when
 * there is one, {@code exception} with its stack trace; for log collectors that read structured lines.
 */
public class JsonLogFormatter extends Formatter {

    @Override
    public String format(LogRecord record) {
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "timestamp", Instant.ofEpochMilli(record.getMillis()).toString());
        json.append(',');
        field(json, "level", record.getLevel().getName());
        json.append(',');
        field(json, "logger", record.getLoggerName() == null ? "" : record.getLoggerName());
        json.append(',');
        field(json, "thread", Thread.currentThread().getName());
        json.append(',');
        field(json, "message", formatMessage(record));
        if (record.getThrown() != null) {
            json.append(',');
            field(json, "exception", trace(record.getThrown()));
        }
        return json.append("}\n").toString();
    }

    /** The throwable and its causes, each with its frames, as the JDK writes them (without writing anywhere). */
    static String trace(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = thrown; cause != null && seen.add(cause); cause = cause.getCause()) {
            text.append(cause == thrown ? "" : "Caused by: ").append(cause).append('\n');
            for (StackTraceElement frame : cause.getStackTrace()) {
                text.append("\tat ").append(frame).append('\n');
            }
        }
        return text.toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
