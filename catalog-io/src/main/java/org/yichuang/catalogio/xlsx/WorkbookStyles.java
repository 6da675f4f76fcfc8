package org.yichuang.catalogio.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of an exported workbook, created once (a workbook holds at most 64,000 styles). */
final class WorkbookStyles {
    final CellStyle header;
    final CellStyle title;
    /** Text format (@), so a code or phone typed later stays text instead of turning into a number. */
    final CellStyle text;
    final CellStyle integer;
    /** 元 with two decimals. */
    final CellStyle money;

    WorkbookStyles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setBorderTop(BorderStyle.THIN);
        header.setBorderLeft(BorderStyle.THIN);
        header.setBorderRight(BorderStyle.THIN);

        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);

        short textFormat = wb.createDataFormat().getFormat("@");
        text = data(wb, textFormat);
        integer = data(wb, wb.createDataFormat().getFormat("0"));
        money = data(wb, wb.createDataFormat().getFormat("0.00"));
    }

    private static CellStyle data(Workbook wb, short format) {
        CellStyle style = wb.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setDataFormat(format);
        return style;
    }
}
