package com.crossborder.verification.card.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operator's card file: UTF-8 CSV with the header {@code card_number,check_code,status}, one card a line. Each line
 * is judged on its own (column count, card number and its check digit, check code, status); a card number on more than
 * one line makes all those lines bad, since the file does not say which of them holds. Blank lines are ignored.
 */
public final class CardFileFormat {

    public static final String HEADER = "card_number,check_code,status";

    /** One line of the file, numbered as an editor shows it (the header is line 1): its values, or its problem. */
    public record ParsedLine(
            int line, String cardNumber, String checkCode, RegistryStatus status, LineProblem problem) {

        public boolean bad() {
            return problem != null;
        }

        ParsedLine withProblem(LineProblem problem) {
            return new ParsedLine(line, cardNumber, checkCode, status, problem);
        }
    }

    private final CardNumber.Format format;

    public CardFileFormat(CardNumber.Format format) {
        this.format = format;
    }

    /** Every non-blank line after the header; 422 CARD_FILE_INVALID when the header is not the expected one. */
    public List<ParsedLine> parse(String content) {
        String[] lines = content.split("\r\n|\n|\r", -1);
        String header = lines.length == 0 ? "" : lines[0].replace("\uFEFF", "").replace(" ", "");
        if (!HEADER.equals(header.toLowerCase(Locale.ROOT))) {
            throw Rejection.ruleViolated(Reason.CARD_FILE_INVALID);
        }
        List<ParsedLine> parsed = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            ParsedLine line = line(i + 1, lines[i]);
            if (line.cardNumber() != null) {
                seen.merge(line.cardNumber(), 1, Integer::sum);
            }
            parsed.add(line);
        }
        return parsed.stream()
                .map(line -> !line.bad() && seen.get(line.cardNumber()) > 1
                        ? line.withProblem(LineProblem.DUPLICATE_IN_FILE)
                        : line)
                .toList();
    }

    /** One data line; its card number is kept whenever it is one, so duplicates are found among bad lines too. */
    public ParsedLine line(int lineNumber, String text) {
        String[] columns = text.split(",", -1);
        if (columns.length != 3) {
            return new ParsedLine(lineNumber, null, null, null, LineProblem.WRONG_COLUMN_COUNT);
        }
        String rawNumber = unquote(columns[0]);
        CardNumber number;
        try {
            number = CardNumber.parse(rawNumber, format);
        } catch (Rejection notANumber) {
            return new ParsedLine(lineNumber, null, null, null, LineProblem.BAD_CARD_NUMBER);
        }
        if (!number.hasValidCheckDigit()) {
            return new ParsedLine(lineNumber, number.value(), null, null, LineProblem.BAD_CHECK_DIGIT);
        }
        String rawCode = unquote(columns[1]);
        if (!CheckCode.isCheckCode(rawCode)) {
            return new ParsedLine(lineNumber, number.value(), null, null, LineProblem.BAD_CHECK_CODE);
        }
        RegistryStatus status;
        try {
            status = RegistryStatus.valueOf(unquote(columns[2]).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return new ParsedLine(lineNumber, number.value(), null, null, LineProblem.UNKNOWN_STATUS);
        }
        return new ParsedLine(
                lineNumber, number.value(), CheckCode.parse(rawCode).value(), status, null);
    }

    private static String unquote(String column) {
        String value = column.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        return value;
    }
}
