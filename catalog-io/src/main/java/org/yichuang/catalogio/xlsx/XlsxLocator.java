package org.yichuang.catalogio.xlsx;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yichuang.catalogio.check.FieldPaths;
import org.yichuang.catalogio.check.ProblemLocator;
import org.yichuang.core.catalog.Fee;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/**
 * Maps a rule's field path back to the cell it came from: {@code promisedLimit} of item 3 to the 承诺办结时限 cell of
 * that item's row, {@code materials[2].deferrable} to the 可容缺 cell of the item's third material row.
 */
final class XlsxLocator implements ProblemLocator {
    private static final Pattern MATERIAL = Pattern.compile("^materials\\[(\\d+)](?:\\.(.+))?$");

    private final SheetContext items;
    private final SheetContext materials;
    private final SheetContext bundles;
    private final List<ServiceItem> itemValues;
    private final List<Integer> itemRows;
    private final List<List<Integer>> materialRows;
    private final List<Integer> bundleRows;

    /**
     * @param materialRows for each item, the rows of its materials in the item's order
     */
    XlsxLocator(SheetContext items, SheetContext materials, SheetContext bundles, List<ServiceItem> itemValues,
            List<Integer> itemRows, List<List<Integer>> materialRows, List<Integer> bundleRows) {
        this.items = items;
        this.materials = materials;
        this.bundles = bundles;
        this.itemValues = itemValues;
        this.itemRows = itemRows;
        this.materialRows = materialRows;
        this.bundleRows = bundleRows;
    }

    @Override
    public Problem item(int index, String field, ErrorCode code, String message) {
        Matcher m = MATERIAL.matcher(field);
        if (m.matches()) {
            int row = materialRows.get(index).get(Integer.parseInt(m.group(1)));
            return at(materials, MaterialSheet.COLUMNS, row, m.group(2) == null ? "" : m.group(2), code, message);
        }
        String refined = field.equals("fee") ? feeField(itemValues.get(index).fee()) : field;
        return at(items, ItemSheet.COLUMNS, itemRows.get(index), refined, code, message);
    }

    @Override
    public Problem bundle(int index, String field, ErrorCode code, String message) {
        return at(bundles, BundleSheet.COLUMNS, bundleRows.get(index), field, code, message);
    }

    @Override
    public String describeItem(int index, String field) {
        Matcher m = MATERIAL.matcher(field);
        int row = m.matches() ? materialRows.get(index).get(Integer.parseInt(m.group(1))) : itemRows.get(index);
        return "第 " + row + " 行";
    }

    @Override
    public String describeBundle(int index) {
        return "第 " + bundleRows.get(index) + " 行";
    }

    /** “收费事项须填写收费金额和收费依据” concerns the cell that is actually wrong. */
    private static String feeField(Fee fee) {
        if (fee == null) {
            return "fee";
        }
        if (fee.charged()) {
            return fee.amountFen() <= 0 ? "fee.amountFen" : "fee.basis";
        }
        return fee.amountFen() != 0 ? "fee.amountFen" : "fee";
    }

    private static Problem at(SheetContext sheet, List<Column> columns, int row, String field, ErrorCode code,
            String message) {
        Column column = column(columns, field);
        String header = column == null ? (field.isEmpty() ? null : field) : column.header();
        String letter = column == null ? null : sheet.headers().letter(column);
        return new Problem(sheet.name(), row, letter, header, code.name(), message);
    }

    /** The column holding the field, or the nearest one that holds a field containing it. */
    private static Column column(List<Column> columns, String field) {
        Column best = null;
        for (Column c : columns) {
            if (c.field().equals(field)) {
                return c;
            }
            if (FieldPaths.isUnder(field, c.field()) && (best == null || c.field().length() > best.field().length())) {
                best = c;
            }
        }
        return best;
    }
}
