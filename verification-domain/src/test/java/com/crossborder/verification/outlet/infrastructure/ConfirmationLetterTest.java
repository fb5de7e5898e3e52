package com.crossborder.verification.outlet.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.outlet.model.LetterPrinter;
import com.crossborder.verification.shared.model.Language;
import com.crossborder.verification.shared.model.Reason;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfirmationLetterTest {

    private static final LetterPrinter.Letter CONTENT = new LetterPrinter.Letter(
            "ZG20261125-7K3Q9M",
            "张*",
            "4401**********1231",
            "123456789012",
            "深圳福田口岸服务点 (SZ-001)",
            "staff.li",
            "2026-11-25 14:30",
            "已通过",
            List.of(),
            "http://localhost:8080/api/v1/letters/ZG20261125-7K3Q9M",
            Language.ZH_HANS);

    @Test
    void theLetterIsOnePageOfExtractableChineseWithTheMaskedNumberOnly() throws Exception {
        byte[] pdf = new ConfirmationLetter().print(CONTENT);
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("实名认证确认函"), text);
        assertTrue(text.contains("4401**********1231"), text);
        assertTrue(text.contains("ZG20261125-7K3Q9M"), text);
        assertTrue(text.contains("已通过"), text);
        assertFalse(text.contains("440106199003071231"));
    }

    @Test
    void aHongKongHolderGetsTheLetterInTraditionalChineseEveryCharacterPrinted() throws Exception {
        LetterPrinter.Letter traditional = new LetterPrinter.Letter(
                "ZG20261125-7K3Q9M",
                "陳*",
                "H123****5",
                "123456789012",
                "深圳福田口岸服務點 (SZ-001)",
                "staff.li",
                "2026-11-25 14:30",
                "未獲通過",
                List.of(Reason.ORIGINAL_NOT_SEEN.message(Language.ZH_HANT.locale())),
                "http://localhost:8080/api/v1/letters/ZG20261125-7K3Q9M",
                Language.ZH_HANT);
        PdfReader reader = new PdfReader(new ConfirmationLetter().print(traditional));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        for (String expected : List.of("實名認證確認函", "證件號碼", "辦理網點", "經辦職員", "未獲通過", "核對證件正本", "核實本確認函")) {
            assertTrue(text.contains(expected), () -> expected + " missing from " + text);
        }
        assertFalse(text.contains("证件号码"), text);
    }

    @Test
    void theFontIsEmbeddedAsASubsetSoTheLetterStaysSmall() {
        byte[] pdf = new ConfirmationLetter().print(CONTENT);
        assertTrue(pdf.length < 200_000, () -> "letter is " + pdf.length + " bytes");
    }
}
