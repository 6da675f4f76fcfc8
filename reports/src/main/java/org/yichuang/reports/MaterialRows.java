package org.yichuang.reports;

import org.yichuang.core.catalog.GuideWording;

import org.yichuang.core.catalog.CatalogLabels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.MaterialSource;
import org.yichuang.core.catalog.MergedMaterial;

/** Rows of the 申请材料 tables: one per material, numbered from 1 as the applicant will refer to them. */
final class MaterialRows {
    /** ✓ as on official forms; the bundled font has the glyph (checked by a test). */
    static final String DEFERRABLE_MARK = GuideWording.DEFERRABLE_MARK;

    private MaterialRows() {
    }

    /**
     * The per-item table: copies, paper, seal, source, necessity and the 可容缺 mark with the supplement period.
     *
     * @param deferralOffered whether the item offers 容缺 at this hall ({@code ServiceItem#offersDeferral})
     */
    static List<Map<String, ?>> ofItem(List<MaterialRequirement> materials, boolean deferralOffered) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (MaterialRequirement m : materials) {
            Map<String, Object> row = common(rows.size() + 1, m, deferralOffered);
            row.put("paper", m.source() == MaterialSource.SHARED ? "—"
                    : CatalogLabels.orNone(m.paperSize()));
            row.put("seal", CatalogLabels.orNone(m.sealOrSignature()));
            rows.add(row);
        }
        return rows;
    }

    /**
     * The bundle's single list (一表申报), naming the items each material serves.
     *
     * @param itemNames item name by implementation code
     */
    static List<Map<String, ?>> ofBundle(List<MergedMaterial> merged, Map<String, String> itemNames) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (MergedMaterial mm : merged) {
            // BundleMaterials.merge(items, hall setting) keeps a material deferrable only when every item offers 容缺
            Map<String, Object> row = common(rows.size() + 1, mm.material(), true);
            row.put("servedItems", mm.itemCodes().stream().map(code -> itemNames.getOrDefault(code, code))
                    .collect(Collectors.joining("\n")));
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> common(int no, MaterialRequirement m, boolean deferralOffered) {
        Map<String, Object> row = new HashMap<>();
        row.put("no", String.valueOf(no));
        row.put("name", m.notes() == null || m.notes().isBlank() ? m.name() : m.name() + "\n（" + m.notes() + "）");
        row.put("copies", CatalogLabels.copies(m));
        row.put("source", CatalogLabels.source(m.source()));
        row.put("necessity", CatalogLabels.necessity(m));
        // an item that does not offer 容缺受理 here prints no marks even if a material slipped through
        row.put("deferrable", GuideWording.deferrableCell(m, deferralOffered));
        return row;
    }
}
