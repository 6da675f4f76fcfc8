package org.yichuang.client.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.yichuang.core.notice.Paper;

/**
 * Notice-like PDFs for the print tests: the title and the case number as real text in the bundled Noto Sans SC, on
 * A4 or an 80 mm slip, as the server's notices are.
 */
final class TestPdfs {
    private static final String FONT = "/org/yichuang/reports/fonts/NotoSansSC-Regular.ttf";

    private TestPdfs() {
    }

    static byte[] notice(String title, String caseNo, Paper paper) {
        PDRectangle size = paper == Paper.A4 ? PDRectangle.A4 : new PDRectangle(227, 420);
        try (PDDocument doc = new PDDocument(); InputStream font = TestPdfs.class.getResourceAsStream(FONT)) {
            PDType0Font face = PDType0Font.load(doc, font);
            PDPage page = new PDPage(size);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(face, paper == Paper.A4 ? 20 : 12);
                text.newLineAtOffset(16, size.getHeight() - 48);
                text.showText(title);
                text.setFont(face, 10);
                text.newLineAtOffset(0, -28);
                text.showText("案件编号：" + caseNo);
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
