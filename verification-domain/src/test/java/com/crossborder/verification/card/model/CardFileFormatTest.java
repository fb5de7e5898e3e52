package com.crossborder.verification.card.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.card.model.CardFileFormat.ParsedLine;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardFileFormatTest {

    private final CardFileFormat format = new CardFileFormat(CardNumber.Format.DEFAULT);

    @Test
    void aGoodLineKeepsNumberNormalisedCodeAndStatus() {
        ParsedLine line = format.line(2, " 4000 0000 0000 0002 , ab12cd ,lost");
        assertFalse(line.bad());
        assertEquals("4000000000000002", line.cardNumber());
        assertEquals("AB12CD", line.checkCode());
        assertEquals(RegistryStatus.LOST, line.status());
    }

    @Test
    void eachKindOfBadLineIsNamed() {
        assertEquals(
                LineProblem.WRONG_COLUMN_COUNT,
                format.line(2, "4000000000000002,AB12CD").problem());
        assertEquals(
                LineProblem.WRONG_COLUMN_COUNT,
                format.line(2, "4000000000000002,AB12CD,ACTIVE,x").problem());
        assertEquals(
                LineProblem.BAD_CARD_NUMBER,
                format.line(2, "40000X00000002,AB12CD,ACTIVE").problem());
        assertEquals(
                LineProblem.BAD_CARD_NUMBER, format.line(2, "123,AB12CD,ACTIVE").problem());
        assertEquals(
                LineProblem.BAD_CHECK_DIGIT,
                format.line(2, "4000000000000003,AB12CD,ACTIVE").problem());
        assertEquals(
                LineProblem.BAD_CHECK_CODE,
                format.line(2, "4000000000000002,AB-1,ACTIVE").problem());
        assertEquals(
                LineProblem.UNKNOWN_STATUS,
                format.line(2, "4000000000000002,AB12CD,STOLEN").problem());
    }

    @Test
    void luhnCheckDigit() {
        assertTrue(new CardNumber("79927398713").hasValidCheckDigit());
        assertFalse(new CardNumber("79927398710").hasValidCheckDigit());
        assertTrue(new CardNumber("4000000000000002").hasValidCheckDigit());
    }

    @Test
    void linesAreNumberedAsAnEditorShowsThemAndDuplicatesAreAllBad() {
        List<ParsedLine> lines = format.parse("\uFEFFcard_number,check_code,status\r\n"
                + "4000000000000002,AB12CD,ACTIVE\r\n"
                + "\r\n"
                + "79927398713,ZZZZ,BLOCKED\r\n"
                + "4000000000000002,AB12CD,LOST\r\n"
                + "12345678900,CODE,ACTIVE\r\n");
        assertEquals(List.of(2, 4, 5, 6), lines.stream().map(ParsedLine::line).toList());
        assertEquals(LineProblem.DUPLICATE_IN_FILE, lines.get(0).problem());
        assertFalse(lines.get(1).bad());
        assertEquals(LineProblem.DUPLICATE_IN_FILE, lines.get(2).problem());
        assertEquals(LineProblem.BAD_CHECK_DIGIT, lines.get(3).problem());
    }

    @Test
    void aFileWithoutTheHeaderIsRefusedWhole() {
        Rejection refused = assertThrows(Rejection.class, () -> format.parse("4000000000000002,AB12CD,ACTIVE\n"));
        assertEquals(Reason.CARD_FILE_INVALID, refused.code());
    }
}
