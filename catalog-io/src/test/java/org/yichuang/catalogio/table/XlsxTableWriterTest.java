package org.yichuang.catalogio.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yichuang.catalogio.table.XlsxTableWriter.Column;
import org.yichuang.catalogio.table.XlsxTableWriter.Kind;

class XlsxTableWriterTest {
    private static final List<Column> COLUMNS = List.of(new Column("办件编号", Kind.TEXT, 30),
            new Column("窗口", Kind.INTEGER, 6), new Column("承诺期限", Kind.DATE, 12),
            new Column("收件时间", Kind.DATE_TIME, 18));

    @Test
    void a_table_reads_back_with_title_headers_and_typed_cells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTableWriter table = new XlsxTableWriter("办件", "办件清单", COLUMNS)) {
            for (int i = 0; i < 1_000; i++) {
                table.row(Arrays.asList("00123" + i, i % 4 + 1, LocalDate.of(2026, 3, 2), i == 0 ? null
                        : LocalDateTime.of(2026, 3, 2, 9, 30)));
            }
            assertThat(table.rows()).isEqualTo(1_000);
            table.writeTo(out);
        }

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheet("办件");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("办件清单");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("办件编号");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("收件时间");
            assertThat(sheet.getLastRowNum()).isEqualTo(1_001);
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("001230");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(2).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(sheet.getRow(2).getCell(3)).isNull();
            assertThat(sheet.getRow(3).getCell(3).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 30));
        }
    }

    @Test
    void a_row_with_the_wrong_number_of_values_is_refused() {
        try (XlsxTableWriter table = new XlsxTableWriter("办件", "办件清单", COLUMNS)) {
            assertThatThrownBy(() -> table.row(List.of("x"))).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
