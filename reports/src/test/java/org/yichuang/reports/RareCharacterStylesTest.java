package org.yichuang.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JasperDesign;
import org.junit.jupiter.api.Test;
import org.yichuang.reports.fonts.BundledFonts;

/**
 * Any template that names the font set gets the fallback, whatever the text's style: a bold name takes HanaMinB's
 * one weight for the characters only it has (the notices of other documents set names in bold).
 */
class RareCharacterStylesTest {
    private static final String NAME = "张" + new String(Character.toChars(0x20BB7)) + "华"
            + new String(Character.toChars(0x2CEB0));

    @Test
    void a_bold_name_in_a_template_of_its_own_prints_exactly_with_hanaminb_embedded() throws JRException, IOException {
        JasperDesign design = new JasperDesign();
        design.setName("rare-styles");
        design.setPageWidth(595);
        design.setPageHeight(200);
        design.setColumnWidth(495);
        design.setLeftMargin(50);
        design.setRightMargin(50);
        JRDesignStyle base = new JRDesignStyle();
        base.setName("Base");
        base.setDefault(true);
        base.setFontName(BundledFonts.REPORT_FAMILY);
        base.setPdfFontName("org/yichuang/reports/fonts/NotoSansSC-Regular.ttf");
        base.setPdfEncoding("Identity-H");
        base.setPdfEmbedded(true);
        base.setFontSize(14f);
        design.addStyle(base);
        JRDesignBand title = new JRDesignBand();
        title.setHeight(80);
        title.addElement(text("申请人：" + NAME, 0, true));
        title.addElement(text("姓名 " + NAME, 40, false));
        design.setTitle(title);

        JasperPrint print = JasperFillManager.fillReport(JasperCompileManager.compileReport(design), new HashMap<>(),
                new JREmptyDataSource(1));
        Path pdf = Path.of("target", "receipts", "rare-styles.pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, new ReportService(ZoneId.of("Asia/Shanghai")).toPdf(print));

        String text = Poppler.text(pdf).replaceAll("\\s+", "");
        assertThat(text).contains("申请人：" + NAME, "姓名" + NAME);
        assertThat(Poppler.fontRows(pdf))
                .anySatisfy(row -> assertThat(row).contains("HanaMinB"))
                .anySatisfy(row -> assertThat(row).contains("NotoSansSC-Bold"))
                .allSatisfy(row -> assertThat(row).matches(".*\\byes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*$"));
        Poppler.run("pdftoppm", "-r", "150", "-png", pdf.toString(), pdf.toString().replace(".pdf", ""));
    }

    private static JRDesignStaticText text(String value, int y, boolean bold) {
        JRDesignStaticText text = new JRDesignStaticText();
        text.setX(0);
        text.setY(y);
        text.setWidth(495);
        text.setHeight(30);
        text.setBold(bold);
        text.setText(value);
        return text;
    }
}
