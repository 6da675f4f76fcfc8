package org.yichuang.core.error;

/**
 * One located problem in a larger input, such as a catalog import: where it is and what is wrong. An import reports
 * every problem at once so the administrator can fix the whole file in one pass.
 *
 * @param sheet   worksheet name (工作表) for a workbook, {@code null} for JSON
 * @param row     1-based row number as the spreadsheet shows it, {@code null} when the problem is not in one row
 * @param column  column letter ({@code F}) for a workbook, {@code null} otherwise
 * @param field   the field: the column header in a workbook ({@code 承诺办结时限}), a path such as
 *                {@code items[3].materials[1].deferrable} in JSON
 * @param code    the stable error code name, e.g. {@code LIMIT_PROMISED_EXCEEDS_STATUTORY}
 * @param message what is wrong, in Chinese, naming the offending value where that helps
 */
public record Problem(String sheet, Integer row, String column, String field, String code, String message) {

    /** A problem in a JSON document or a request, located by field path only. */
    public static Problem at(String field, ErrorCode code, String message) {
        return new Problem(null, null, null, field, code.name(), message);
    }

    /** Describes the location in Chinese, e.g. {@code 工作表“事项”第 5 行 F 列（承诺办结时限）}. */
    public String location() {
        StringBuilder s = new StringBuilder();
        if (sheet != null) {
            s.append("工作表“").append(sheet).append('”');
        }
        if (row != null) {
            s.append("第 ").append(row).append(" 行");
        }
        if (column != null) {
            s.append(s.isEmpty() ? "" : " ").append(column).append(" 列");
        }
        if (field != null && !field.isEmpty()) {
            s.append(s.isEmpty() ? field : "（" + field + "）");
        }
        return s.toString();
    }
}
