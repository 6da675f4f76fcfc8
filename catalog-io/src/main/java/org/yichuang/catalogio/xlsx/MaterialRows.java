package org.yichuang.catalogio.xlsx;

import static org.yichuang.catalogio.xlsx.MaterialSheet.*;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yichuang.core.catalog.MaterialKind;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.MaterialSource;
import org.yichuang.core.error.Problem;

/** Reads the rows of the 申请材料 sheet. */
final class MaterialRows {
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private MaterialRows() {
    }

    /**
     * A material as its row gives it.
     *
     * @param itemCode the 实施编码 it belongs to, {@code null} when blank (reported)
     * @param order    the 序号, {@code null} when blank
     * @param failed   the material's fields whose cells were already reported
     */
    record MaterialRow(int row, String itemCode, Integer order, MaterialRequirement material, Set<String> failed) {
    }

    static List<MaterialRow> read(SheetContext sheet, List<Problem> problems) {
        List<MaterialRow> out = new ArrayList<>();
        for (SheetRow row : sheet.dataRows()) {
            CellReader r = new CellReader(sheet, row, problems);
            if (!r.blank(CONTENT)) {
                out.add(material(r));
            }
        }
        return out;
    }

    private static MaterialRow material(CellReader r) {
        String code = r.text(ITEM_CODE);
        if (code == null && !r.failed(ITEM_CODE)) {
            r.missing(ITEM_CODE, "请填写材料所属事项的实施编码。");
        }
        Integer order = r.integer(ORDER);
        String name = r.text(MATERIAL_NAME);
        MaterialKind kind = r.choice(KIND, Labels.MATERIAL_KINDS);
        if (kind == null && !r.failed(KIND)) {
            r.missing(KIND, "请填写材料类型（" + String.join("、", Labels.MATERIAL_KINDS.labels()) + "）。");
        }
        Integer originals = r.integer(ORIGINALS);
        Integer copies = r.integer(COPIES);
        String paperSize = r.text(PAPER_SIZE);
        String seal = r.text(SEAL);
        MaterialSource source = r.choice(SOURCE, Labels.SOURCES);
        if (source == null && !r.failed(SOURCE)) {
            r.missing(SOURCE, "请填写来源渠道（" + String.join("、", Labels.SOURCES.labels()) + "）。");
        }
        Boolean required = necessity(r);
        String condition = r.text(CONDITION);
        Boolean deferrable = r.yesNo(DEFERRABLE);
        // the record needs a kind and a source; stand-ins keep the row checkable, and the cell is already reported
        MaterialRequirement material = new MaterialRequirement(name == null ? "" : name,
                kind == null ? MaterialKind.OTHER : kind, originals == null ? 0 : originals,
                copies == null ? 0 : copies, paperSize, seal, source == null ? MaterialSource.APPLICANT : source,
                required == null || required, condition, Boolean.TRUE.equals(deferrable), r.text(SAMPLE),
                r.text(NOTES), r.integer(SUPPLEMENT_DAYS));
        return new MaterialRow(r.row(), code, order, material, r.failed());
    }

    /** 必要 or 情形 (a 情形：… cell, as printed guides write it, counts as 情形). */
    private static Boolean necessity(CellReader r) {
        String text = r.text(NECESSITY);
        if (text == null) {
            if (!r.failed(NECESSITY)) {
                r.missing(NECESSITY, "请填写必要性（必要或情形）。");
            }
            return null;
        }
        String folded = BLANKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
        if (folded.equals(Labels.REQUIRED)) {
            return true;
        }
        if (folded.startsWith(Labels.CONDITIONAL) || folded.equals("非必要")) {
            return false;
        }
        return r.invalid(NECESSITY, "应填写“必要”或“情形”，实际为“" + text + "”。");
    }
}
