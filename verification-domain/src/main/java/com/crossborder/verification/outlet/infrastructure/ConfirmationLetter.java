package com.crossborder.verification.outlet.infrastructure;

import com.crossborder.verification.outlet.model.LetterPrinter;
import com.crossborder.verification.shared.model.Language;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The one-page Chinese confirmation letter (实名认证确认函) handed to the holder at the outlet, with a QR code of
 * the reference. The font (Noto Sans SC, SIL OFL 1.1) travels inside the application and is embedded as a
 * subset, so the text can be extracted and no operating-system font is needed.
 */
@ApplicationScoped
public class ConfirmationLetter implements LetterPrinter {

    /** What the letter says; the document number only masked. */
    private static final String FONT = "fonts/NotoSansSC-Regular.ttf";

    private static volatile byte[] fontBytes;

    @Override
    public byte[] print(Letter content) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4, 56, 56, 56, 56);
            PdfWriter.getInstance(document, out);
            Labels labels = Labels.of(content.language());
            document.addTitle(labels.title() + " " + content.reference());
            document.open();
            BaseFont base = BaseFont.createFont(
                    "NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font(), null);
            Font title = new Font(base, 22, Font.NORMAL);
            Font text = new Font(base, 12, Font.NORMAL);
            Font small = new Font(base, 9, Font.NORMAL, Color.DARK_GRAY);

            Paragraph heading = new Paragraph(labels.title(), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(18);
            document.add(heading);
            document.add(new Paragraph(labels.subtitle(), text));
            document.add(new Paragraph(" ", text));

            PdfPTable table = new PdfPTable(new float[] {1.2f, 2.8f});
            table.setWidthPercentage(100);
            for (Map.Entry<String, String> row : List.of(
                    Map.entry(labels.rows().get(0), content.reference()),
                    Map.entry(labels.rows().get(1), content.holderName()),
                    Map.entry(labels.rows().get(2), content.maskedNumber()),
                    Map.entry(labels.rows().get(3), content.cardNumber()),
                    Map.entry(labels.rows().get(4), content.outlet()),
                    Map.entry(labels.rows().get(5), content.staff()),
                    Map.entry(labels.rows().get(6), content.decidedAt()),
                    Map.entry(labels.rows().get(7), content.outcome()))) {
                table.addCell(cell(row.getKey(), text, new Color(235, 239, 244)));
                table.addCell(cell(row.getValue(), text, Color.WHITE));
            }
            if (!content.reasons().isEmpty()) {
                table.addCell(cell(labels.reasons(), text, new Color(235, 239, 244)));
                table.addCell(cell(String.join(labels.separator(), content.reasons()), text, Color.WHITE));
            }
            document.add(table);

            Image qr = Image.getInstance(qr(content.verificationUrl()), null);
            qr.scaleAbsolute(120, 120);
            qr.setAlignment(Element.ALIGN_CENTER);
            qr.setSpacingBefore(24);
            document.add(qr);
            Paragraph check = new Paragraph(labels.check() + "\n" + content.verificationUrl(), small);
            check.setAlignment(Element.ALIGN_CENTER);
            document.add(check);
            Paragraph note = new Paragraph(labels.note(), small);
            note.setSpacingBefore(12);
            document.add(note);
            document.close();
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot render the confirmation letter", e);
        }
    }

    /** The letter's fixed words in one language; the rows in the order of the table. */
    private record Labels(
            String title,
            String subtitle,
            List<String> rows,
            String reasons,
            String separator,
            String check,
            String note) {

        static Labels of(Language language) {
            return switch (language) {
                case ZH_HANS ->
                    new Labels(
                            "实名认证确认函",
                            "中港通卡实名认证 · 网点办理结果",
                            List.of("参考编号", "持卡人姓名", "证件号码", "中港通卡号", "办理网点", "经办人员", "办理时间", "办理结果"),
                            "原因",
                            "；",
                            "扫描二维码或访问以下地址核验本确认函真伪：",
                            "本函仅显示部分证件号码。如有疑问，请携本函及有效证件到任一服务网点咨询。");
                case ZH_HANT ->
                    new Labels(
                            "實名認證確認函",
                            "中港通卡實名認證 · 網點辦理結果",
                            List.of("參考編號", "持卡人姓名", "證件號碼", "中港通卡號", "辦理網點", "經辦職員", "辦理時間", "辦理結果"),
                            "原因",
                            "；",
                            "掃描二維碼或瀏覽以下網址，核實本確認函的真偽：",
                            "本函只顯示部分證件號碼。如有查詢，請攜同本函及有效證件前往任何一間服務網點。");
                case EN ->
                    new Labels(
                            "Real-name verification: confirmation",
                            "China–Hong Kong cross-border card · result at the service outlet",
                            List.of(
                                    "Reference",
                                    "Card holder",
                                    "Document number",
                                    "Card number",
                                    "Service outlet",
                                    "Handled by",
                                    "Date and time",
                                    "Result"),
                            "Reasons",
                            "; ",
                            "Scan the QR code or visit this address to check that this letter is genuine:",
                            "Only part of the document number is shown. For questions, bring this letter and a valid "
                                    + "document to any service outlet.");
            };
        }
    }

    private static PdfPCell cell(String value, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Paragraph(value, font));
        cell.setPadding(7);
        cell.setBackgroundColor(background);
        return cell;
    }

    private static BufferedImage qr(String value) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            value,
                            BarcodeFormat.QR_CODE,
                            240,
                            240,
                            Map.of(
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8",
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    1));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode the QR code", e);
        }
    }

    /** The font file, read once from the application's own resources. */
    private static byte[] font() {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = ConfirmationLetter.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException(FONT + " is missing from the application");
                }
                bytes = in.readAllBytes();
                fontBytes = bytes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }
}
