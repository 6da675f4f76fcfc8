package org.yichuang.catalogio.xlsx;

import static org.yichuang.catalogio.xlsx.ColumnKind.CHOICE;
import static org.yichuang.catalogio.xlsx.ColumnKind.INTEGER;
import static org.yichuang.catalogio.xlsx.ColumnKind.TEXT;
import static org.yichuang.catalogio.xlsx.ColumnKind.YES_NO;

import java.util.List;
import org.yichuang.core.catalog.MaterialRequirement;

/** The 申请材料 sheet: one row per material, tied to its item by 实施编码 and ordered by 序号. */
final class MaterialSheet {
    static final String NAME = "申请材料";

    static final Column ITEM_CODE = Column.of("实施编码", TEXT, "itemCode", 34,
            "材料所属事项的实施编码，须在“事项”工作表中存在。").mandatory();
    static final Column ORDER = Column.of("序号", INTEGER, "order", 6, "材料在本事项中的顺序；留空按行的先后。")
            .alsoCalled("材料序号");
    static final Column MATERIAL_NAME = Column.of("材料名称", TEXT, "name", 34,
            "同一事项内不得重复；不同事项要求的同一材料请用同一名称，一件事据此合并材料（一表申报）。").mandatory();
    static final Column KIND = Column.of("材料类型", CHOICE, "kind", 10, "身份证明和申请表不得容缺。").mandatory()
            .allowing(Labels.MATERIAL_KINDS.labels());
    static final Column ORIGINALS = Column.of("原件份数", INTEGER, "originals", 8, "非负整数；共享获取的材料填 0。")
            .mandatory();
    static final Column COPIES = Column.of("复印件份数", INTEGER, "copies", 8, "非负整数；共享获取的材料填 0。")
            .mandatory();
    static final Column PAPER_SIZE = Column.of("纸张规格", TEXT, "paperSize", 8, "如 A4；非纸质材料留空。");
    static final Column SEAL = Column.of("签章要求", TEXT, "sealOrSignature", 20, "如 申请人签字、加盖单位公章。");
    static final Column SOURCE = Column.of("来源渠道", CHOICE, "source", 12, "共享获取的材料不向申请人索要。")
            .mandatory().allowing(Labels.SOURCES.labels());
    static final Column NECESSITY = Column.of("必要性", CHOICE, "required", 8,
            "必要：每次都要提交；情形：只在“情形说明”所写的情形下提交。").mandatory().allowing(Labels.NECESSITY)
            .alsoCalled("是否必要");
    static final Column CONDITION = Column.of("情形说明", TEXT, "condition", 30, "必要性为“情形”时必填。");
    static final Column DEFERRABLE = Column.of("可容缺", YES_NO, "deferrable", 8,
            "是 或 否（留空为否）；只有允许容缺受理的事项的“其他”类材料可以容缺。").allowing(Labels.YES_NO);
    static final Column SUPPLEMENT_DAYS = Column.of("补交期限", INTEGER, "supplementDays", 8,
            "可容缺材料受理后补交的工作日数，不得超过承诺办结时限；留空为承诺办结期限内。").alsoCalled("补交期限（工作日）");
    static final Column SAMPLE = Column.of("样表", TEXT, "sampleRef", 16, "样表文件的引用，可留空。");
    static final Column NOTES = Column.of("备注", TEXT, "notes", 30, "如 原件核验后退还。");

    static final List<Column> COLUMNS = List.of(ITEM_CODE, ORDER, MATERIAL_NAME, KIND, ORIGINALS, COPIES, PAPER_SIZE,
            SEAL, SOURCE, NECESSITY, CONDITION, DEFERRABLE, SAMPLE, NOTES, SUPPLEMENT_DAYS);
    /** A row that has nothing but a 序号 is an unused row of a template. */
    static final List<Column> CONTENT = COLUMNS.stream().filter(c -> c != ORDER).toList();

    private MaterialSheet() {
    }

    /** Writes one material's row; {@code order} counts from 1 within the item. */
    static void write(RowWriter row, String itemCode, int order, MaterialRequirement m) {
        row.text(ITEM_CODE, itemCode);
        row.integer(ORDER, order);
        row.text(MATERIAL_NAME, m.name());
        row.text(KIND, Labels.MATERIAL_KINDS.label(m.kind()));
        row.integer(ORIGINALS, m.originals());
        row.integer(COPIES, m.copies());
        row.text(PAPER_SIZE, m.paperSize());
        row.text(SEAL, m.sealOrSignature());
        row.text(SOURCE, Labels.SOURCES.label(m.source()));
        row.text(NECESSITY, m.required() ? Labels.REQUIRED : Labels.CONDITIONAL);
        row.text(CONDITION, m.condition());
        row.yesNo(DEFERRABLE, m.deferrable());
        row.text(SAMPLE, m.sampleRef());
        row.text(NOTES, m.notes());
        if (m.supplementDays() != null) {
            row.integer(SUPPLEMENT_DAYS, m.supplementDays());
        }
    }
}
