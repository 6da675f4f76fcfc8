package org.yichuang.catalogio.xlsx;

import static org.yichuang.catalogio.xlsx.ColumnKind.LINES;
import static org.yichuang.catalogio.xlsx.ColumnKind.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.error.Problem;

/** The 一件事 sheet: one row per bundle, its member items one 实施编码 per line. */
final class BundleSheet {
    static final String NAME = "一件事";

    static final Column CODE = Column.of("编码", TEXT, "code", 22, "一件事编码，如 BUNDLE-CANYIN；字母、数字、连字符，不得重复。")
            .mandatory().alsoCalled("一件事编码");
    static final Column BUNDLE_NAME = Column.of("名称", TEXT, "name", 24, "如 开办餐饮店。").mandatory()
            .alsoCalled("一件事名称");
    static final Column DESCRIPTION = Column.of("说明", TEXT, "description", 40, "申请人一次申请可以办成什么。");
    static final Column ITEM_CODES = Column.of("包含事项实施编码", LINES, "itemCodes", 36,
            "每行一个实施编码，按办理顺序；须在本文件或事项库中存在。").mandatory().alsoCalled("包含事项");

    static final List<Column> COLUMNS = List.of(CODE, BUNDLE_NAME, DESCRIPTION, ITEM_CODES);

    private BundleSheet() {
    }

    /**
     * A bundle as its row gives it.
     *
     * @param failed the bundle's fields whose cells were already reported
     */
    record BundleRow(int row, ServiceBundle bundle, Set<String> failed) {
    }

    static void write(RowWriter row, ServiceBundle bundle) {
        row.text(CODE, bundle.code());
        row.text(BUNDLE_NAME, bundle.name());
        row.text(DESCRIPTION, bundle.description());
        row.lines(ITEM_CODES, bundle.itemCodes());
    }

    static List<BundleRow> read(SheetContext sheet, List<Problem> problems) {
        List<BundleRow> out = new ArrayList<>();
        for (SheetRow row : sheet.dataRows()) {
            CellReader r = new CellReader(sheet, row, problems);
            if (!r.blank(COLUMNS)) {
                ServiceBundle bundle = new ServiceBundle(r.text(CODE), r.text(BUNDLE_NAME), r.text(DESCRIPTION),
                        r.lines(ITEM_CODES));
                out.add(new BundleRow(row.number(), bundle, r.failed()));
            }
        }
        return out;
    }
}
