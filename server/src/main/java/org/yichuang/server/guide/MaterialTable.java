package org.yichuang.server.guide;

import org.yichuang.core.catalog.GuideWording;

import java.util.List;
import java.util.Map;
import org.yichuang.core.catalog.CatalogLabels;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.MaterialSource;
import org.yichuang.core.catalog.MergedMaterial;

/**
 * The 申请材料 tables with the printed guide's columns. On a narrow screen the style sheet turns each row into a
 * card whose cells show their column name from {@code data-label}, so nothing needs sideways scrolling.
 */
final class MaterialTable {
    private MaterialTable() {
    }

    /**
     * The item's table: copies, paper, seal, source, necessity and the 可容缺 mark with the supplement period.
     *
     * @param deferralOffered whether the item offers 容缺 at this hall ({@code ServiceItem#offersDeferral})
     */
    static void ofItem(Html html, List<MaterialRequirement> materials, boolean deferralOffered) {
        head(html, "原件/复印件", "纸张规格", "签章要求", "来源", "必要性", "可容缺");
        int no = 0;
        for (MaterialRequirement m : materials) {
            // an item that does not offer 容缺受理 here shows no marks even if a material slipped through
            boolean deferrable = deferralOffered && m.deferrable();
            start(html, ++no, m, deferrable);
            cell(html, "原件/复印件", CatalogLabels.copies(m));
            cell(html, "纸张规格", m.source() == MaterialSource.SHARED ? "—" : CatalogLabels.orNone(m.paperSize()));
            cell(html, "签章要求", CatalogLabels.orNone(m.sealOrSignature()));
            end(html, m, deferrable);
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    /**
     * The bundle's single list (一表申报), naming the items each material serves.
     *
     * @param itemNames item name by implementation code
     */
    static void ofBundle(Html html, List<MergedMaterial> merged, Map<String, String> itemNames) {
        head(html, "原件/复印件", "来源", "必要性", "可容缺", "适用事项");
        int no = 0;
        for (MergedMaterial mm : merged) {
            MaterialRequirement m = mm.material();
            // BundleMaterials.merge(items, hall setting) keeps a material deferrable only when every item offers 容缺
            start(html, ++no, m, m.deferrable());
            cell(html, "原件/复印件", CatalogLabels.copies(m));
            end(html, m, m.deferrable());
            html.open("td", "data-label", "适用事项", "class", "served").open("ul");
            mm.itemCodes().forEach(code -> html.element("li", itemNames.getOrDefault(code, code)));
            html.close("ul").close("td").close("tr");
        }
        html.close("tbody").close("table");
    }

    private static void head(Html html, String... columns) {
        html.open("table", "class", "stack materials").open("thead").open("tr")
                .element("th", "序号", "class", "no").element("th", "材料名称");
        for (String column : columns) {
            html.element("th", column);
        }
        html.close("tr").close("thead").open("tbody");
    }

    private static void start(Html html, int no, MaterialRequirement m, boolean deferrable) {
        String classes = (m.required() ? "required" : "conditional") + (deferrable ? " deferrable" : "");
        html.open("tr", "class", classes).element("td", String.valueOf(no), "class", "no");
        html.open("td", "class", "name", "data-label", "材料名称")
                .element("span", no + ". ", "class", "num")
                .element("strong", m.name());
        if (m.notes() != null && !m.notes().isBlank()) {
            html.element("span", "（" + m.notes() + "）", "class", "remark");
        }
        html.close("td");
    }

    private static void end(Html html, MaterialRequirement m, boolean deferrable) {
        cell(html, "来源", CatalogLabels.source(m.source()));
        cell(html, "必要性", CatalogLabels.necessity(m));
        html.open("td", "data-label", "可容缺", "class", "mark");
        html.text(GuideWording.deferrableCell(m, deferrable));
        html.close("td");
    }

    private static void cell(Html html, String label, String text) {
        html.element("td", text, "data-label", label);
    }
}
