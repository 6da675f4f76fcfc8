package org.yichuang.catalogio.xlsx;

import static org.yichuang.catalogio.xlsx.ColumnKind.CHOICE;
import static org.yichuang.catalogio.xlsx.ColumnKind.INTEGER;
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

    static final Column RUN_MODE = Column.of("办理方式", CHOICE, "runMode", 10,
            "并联办理：各事项同时办理；串联办理：按上列顺序，前一事项到期后下一事项开始。空白为并联办理。")
            .allowing(Labels.RUN_MODES.labels());
    static final Column LIMIT = Column.of("一件事承诺时限", INTEGER, "promisedLimit", 10,
            "整数；空白表示按各事项时限和办理方式计算。填写后约束每个事项，且不得超过任一事项的法定办结时限。"
                    + "半个工作日填 4 小时。");
    static final Column LIMIT_UNIT = Column.of("一件事承诺时限单位", CHOICE, "promisedLimit.unit", 10, "时限的单位。")
            .allowing(Labels.LIMIT_UNITS.labels());

    static final List<Column> COLUMNS = List.of(CODE, BUNDLE_NAME, DESCRIPTION, ITEM_CODES, RUN_MODE, LIMIT,
            LIMIT_UNIT);

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
        row.text(RUN_MODE, Labels.RUN_MODES.label(bundle.runMode()));
        if (bundle.promisedLimit() != null) {
            row.integer(LIMIT, bundle.promisedLimit().value());
            row.text(LIMIT_UNIT, Labels.LIMIT_UNITS.label(bundle.promisedLimit().unit()));
        }
    }

    static List<BundleRow> read(SheetContext sheet, List<Problem> problems) {
        List<BundleRow> out = new ArrayList<>();
        for (SheetRow row : sheet.dataRows()) {
            CellReader r = new CellReader(sheet, row, problems);
            if (!r.blank(COLUMNS)) {
                ServiceBundle bundle = new ServiceBundle(r.text(CODE), r.text(BUNDLE_NAME), r.text(DESCRIPTION),
                        r.lines(ITEM_CODES), r.choice(RUN_MODE, Labels.RUN_MODES),
                        ItemRows.limit(r, LIMIT, LIMIT_UNIT));
                out.add(new BundleRow(row.number(), bundle, r.failed()));
            }
        }
        return out;
    }
}
