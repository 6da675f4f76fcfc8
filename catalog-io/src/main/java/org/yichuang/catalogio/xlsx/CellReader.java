package org.yichuang.catalogio.xlsx;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/**
 * Reads the typed values of one data row. A cell that cannot be read is reported at its sheet, row and column and
 * its field is remembered as failed, so the catalog rules do not report the same cell again in other words.
 */
final class CellReader {
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,，;；/\\n\\r]+");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r?\\n|\\r");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final BigDecimal MAX_INTEGER = BigDecimal.valueOf(Integer.MAX_VALUE);
    /** Ten billion 元: no fee is that high, and fen still fit a long with room to spare. */
    private static final BigDecimal MAX_YUAN = new BigDecimal("10000000000");

    private final SheetContext sheet;
    private final SheetRow row;
    private final List<Problem> problems;
    private final Set<String> failed = new HashSet<>();

    CellReader(SheetContext sheet, SheetRow row, List<Problem> problems) {
        this.sheet = sheet;
        this.row = row;
        this.problems = problems;
    }

    /** Returns the 1-based row number. */
    int row() {
        return row.number();
    }

    /** Returns the fields (relative model paths) whose cells were reported. */
    Set<String> failed() {
        return failed;
    }

    /** Returns true when the field's cell was reported. */
    boolean failed(Column column) {
        return failed.contains(column.field());
    }

    /** Returns true when none of the columns holds anything in this row. */
    boolean blank(List<Column> columns) {
        for (Column column : columns) {
            Integer p = sheet.headers().position(column);
            if (p != null && row.cell(p) != null) {
                return false;
            }
        }
        return true;
    }

    /** Returns the text, stripped, or {@code null} when blank. */
    String text(Column column) {
        RawCell cell = cell(column);
        if (cell == null) {
            return null;
        }
        String text = switch (cell.type()) {
            case NUMBER -> plainNumber(cell.text());
            case BOOLEAN -> "1".equals(cell.text()) ? "TRUE" : "FALSE";
            default -> cell.text();
        };
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    /** Returns a whole number of 0 or more, or {@code null} when blank or bad (then reported). */
    Integer integer(Column column) {
        BigDecimal number = number(column, "应填写非负整数");
        if (number == null) {
            return null;
        }
        if (number.signum() < 0) {
            return invalid(column, "不能为负数，实际为 " + shown(number) + "。");
        }
        if (number.stripTrailingZeros().scale() > 0) {
            return invalid(column, "应填写整数，实际为 " + shown(number) + "。");
        }
        if (number.compareTo(MAX_INTEGER) > 0) {
            return invalid(column, "数值过大：" + shown(number) + "。");
        }
        return number.intValueExact();
    }

    /** Returns an amount given in 元 as fen, or {@code null} when blank or bad (then reported). */
    Long fen(Column column) {
        BigDecimal yuan = number(column, "应填写金额（元）");
        if (yuan == null) {
            return null;
        }
        if (yuan.signum() < 0) {
            return invalid(column, "金额不能为负数，实际为 " + shown(yuan) + "。");
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            return invalid(column, "金额以元为单位，最多两位小数，实际为 " + shown(yuan) + "。");
        }
        if (yuan.compareTo(MAX_YUAN) > 0) {
            return invalid(column, "金额过大：" + shown(yuan) + " 元。");
        }
        return yuan.movePointRight(2).longValueExact();
    }

    /** Returns 是/否 as a boolean, or {@code null} when blank or bad (then reported). */
    Boolean yesNo(Column column) {
        RawCell cell = cell(column);
        if (cell == null) {
            return null;
        }
        if (cell.type() == RawCell.Type.BOOLEAN) {
            return "1".equals(cell.text());
        }
        String text = fold(text(column));
        if (Labels.YES.equals(text)) {
            return true;
        }
        if (Labels.NO.equals(text)) {
            return false;
        }
        return invalid(column, "应填写“是”或“否”，实际为“" + text(column) + "”。");
    }

    /** Returns the value a label names, or {@code null} when blank or unknown (then reported). */
    <E extends Enum<E>> E choice(Column column, LabelTable<E> labels) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Optional<E> value = labels.parse(text);
        return value.isPresent() ? value.get() : invalid(column,
                "“" + text + "”不是有效的" + column.header() + "；可选：" + String.join("、", labels.labels()) + "。");
    }

    /** Returns the values of labels separated by 、 (or commas, semicolons, lines); empty when blank or 无. */
    <E extends Enum<E>> Set<E> choices(Column column, LabelTable<E> labels, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        String text = text(column);
        if (text == null || text.equals("无")) {
            return out;
        }
        List<String> unknown = new ArrayList<>();
        for (String part : LIST_SEPARATORS.split(text)) {
            if (!part.isBlank()) {
                labels.parse(part.strip()).ifPresentOrElse(out::add, () -> unknown.add(part.strip()));
            }
        }
        if (!unknown.isEmpty()) {
            invalid(column, "“" + String.join("、", unknown) + "”不是有效的" + column.header() + "；可选："
                    + String.join("、", labels.labels()) + "，多项用“、”分隔。");
        }
        return out;
    }

    /** Returns the non-blank lines of the cell, each stripped. */
    List<String> lines(Column column) {
        String text = text(column);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(LINE_BREAKS.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Reports a required value that is blank. */
    void missing(Column column, String message) {
        report(column, ErrorCode.CATALOG_FIELD_MISSING, message);
    }

    /** Reports a value that cannot be used and returns {@code null} for the caller to return. */
    <T> T invalid(Column column, String message) {
        report(column, ErrorCode.CATALOG_VALUE_INVALID, message);
        return null;
    }

    private void report(Column column, ErrorCode code, String message) {
        failed.add(column.field());
        problems.add(new Problem(sheet.name(), row.number(), sheet.headers().letter(column), column.header(),
                code.name(), message));
    }

    /** The cell, or {@code null} when blank; cells refused as a whole (formulas, merged) count as failed blanks. */
    private RawCell cell(Column column) {
        Integer p = sheet.headers().position(column);
        if (p == null) {
            return null;
        }
        if (sheet.refused(row.number(), p)) {
            failed.add(column.field());
            return null;
        }
        RawCell cell = row.cell(p);
        if (cell != null && cell.type() == RawCell.Type.ERROR) {
            return invalid(column, "单元格显示错误值 " + cell.text() + "，请填写内容。");
        }
        return cell;
    }

    private BigDecimal number(Column column, String expected) {
        RawCell cell = cell(column);
        if (cell == null) {
            return null;
        }
        if (cell.type() == RawCell.Type.NUMBER) {
            try {
                return new BigDecimal(cell.text().strip());
            } catch (NumberFormatException e) {
                return invalid(column, expected + "，实际为“" + cell.text() + "”。");
            }
        }
        String text = fold(text(column));
        // halls often format number columns as 文本; digits typed there are still numbers
        if (cell.type() == RawCell.Type.TEXT && text != null && DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        return invalid(column, expected + "，实际为“" + text(column) + "”。");
    }

    /** As Excel shows it: {@code -2}, not the {@code -2.0} some writers store. */
    private static String shown(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    private static String fold(String text) {
        return text == null ? null : BLANKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }

    private static String plainNumber(String stored) {
        try {
            BigDecimal n = new BigDecimal(stored.strip());
            return n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.stripTrailingZeros()
                    .toPlainString();
        } catch (NumberFormatException e) {
            return stored;
        }
    }
}
