package org.yichuang.catalogio.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The 说明 sheet: what each column means and which values it takes. Read-only help; the import skips it. */
final class HelpSheet {
    static final String NAME = "说明";

    private static final List<String> NOTES = List.of(
            "本工作簿按政务服务事项实施清单（GB/T 39046 表4）的字段组织：“事项”每行一个事项，“申请材料”每行一种材料，"
                    + "“一件事”每行一个一件事。本“说明”工作表导入时忽略。",
            "各列按表头文字识别：列的顺序可以调整，表头上方可以有标题行，可以增加本系统不读取的列（导入时忽略）。",
            "导入时检查全部内容，一次列出所有错误及其工作表、行和列；有任何错误则不导入任何内容。",
            "请直接填写内容：不要使用公式，不要合并单元格。金额以元为单位，最多两位小数。",
            "多个取值用顿号“、”分隔；办理流程、一件事包含的事项每行一个（单元格内换行：Alt+Enter）。",
            "事项库的标题保存在文件属性的“标题”中。");

    private static final List<String> HEADERS = List.of("工作表", "列名", "必填", "填写说明", "可选值");
    private static final int[] WIDTHS = {10, 26, 6, 70, 60};

    private HelpSheet() {
    }

    static void write(Sheet sheet, WorkbookStyles styles) {
        int r = 0;
        cell(sheet.createRow(r++), 0, "事项库导入说明", styles.title);
        for (String note : NOTES) {
            cell(sheet.createRow(r++), 0, "· " + note, null);
        }
        r++;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < HEADERS.size(); c++) {
            cell(header, c, HEADERS.get(c), styles.header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        r = columns(sheet, r, ItemSheet.NAME, ItemSheet.COLUMNS, styles);
        r = columns(sheet, r, MaterialSheet.NAME, MaterialSheet.COLUMNS, styles);
        columns(sheet, r, BundleSheet.NAME, BundleSheet.COLUMNS, styles);
    }

    private static int columns(Sheet sheet, int r, String sheetName, List<Column> columns, WorkbookStyles styles) {
        for (Column column : columns) {
            Row row = sheet.createRow(r++);
            cell(row, 0, sheetName, styles.text);
            cell(row, 1, column.header(), styles.text);
            cell(row, 2, column.required() ? "是" : "", styles.text);
            cell(row, 3, column.help(), styles.text);
            cell(row, 4, String.join("、", column.allowed()), styles.text);
        }
        return r;
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
