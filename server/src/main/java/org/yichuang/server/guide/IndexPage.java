package org.yichuang.server.guide;

import org.yichuang.core.catalog.GuideWording;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.CatalogLabels;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;

/**
 * The list of all guides: 一件事 bundles first (what most applicants came for), then items grouped by department
 * (实施主体) in catalogue order. The search box only filters what is already on the page, so it works offline.
 */
final class IndexPage {
    /** Element ids the inline search script looks up. */
    static final String SEARCH_ID = "guide-search";
    static final String NONE_FOUND_ID = "guide-none";

    void write(Html html, List<VersionedItem> items, List<ServiceBundle> bundles, GuideLinks links) {
        // the caller may pass the latest version of every item; withdrawn ones are no longer handled
        List<ServiceItem> inForce = items.stream().filter(VersionedItem::inForce).map(VersionedItem::item).toList();
        html.element("h1", "办事指南").element("p", "共" + inForce.size() + "个事项、" + bundles.size()
                + "个“一件事”。点击事项查看需要准备的全部材料。", "class", "code");
        html.empty("input", "type", "search", "id", SEARCH_ID, "class", "search", "hidden", "hidden",
                "placeholder", "输入事项名称、编码或部门查找", "aria-label", "查找事项");
        if (!bundles.isEmpty()) {
            group(html, "“一件事”主题服务", "bundles");
            for (ServiceBundle b : bundles) {
                entry(html, b.name(), links.bundle(b.code()), "含" + b.itemCodes().size() + "个事项",
                        b.name() + " " + CatalogLabels.orNone(b.description()));
            }
            html.close("ul").close("section");
        }
        byDepartment(inForce).forEach((department, list) -> {
            group(html, department + "（" + list.size() + "项）", "department");
            for (ServiceItem i : list) {
                entry(html, i.name(), links.item(i.implementationCode()),
                        GuideWording.caseKind(i.caseKind()) + " · " + GuideWording.promisedLimit(i),
                        i.name() + " " + i.implementationCode() + " " + department);
            }
            html.close("ul").close("section");
        });
        // one paragraph for both cases: shown now when there is nothing, shown by the script when nothing matches
        boolean empty = inForce.isEmpty() && bundles.isEmpty();
        html.element("p", empty ? "暂无公开的办事指南。" : "没有找到相关事项，请咨询窗口工作人员。",
                "id", NONE_FOUND_ID, "class", "note", "hidden", empty ? null : "hidden");
    }

    private static Map<String, List<ServiceItem>> byDepartment(List<ServiceItem> items) {
        Map<String, List<ServiceItem>> groups = new LinkedHashMap<>();
        for (ServiceItem i : items) {
            groups.computeIfAbsent(CatalogLabels.orNone(i.department()), d -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    private static void group(Html html, String title, String kind) {
        html.open("section", "class", "group " + kind, "data-group", kind).element("h2", title)
                .open("ul", "class", "list");
    }

    private static void entry(Html html, String name, String href, String detail, String searchText) {
        html.open("li", "data-search", searchText.toLowerCase(Locale.ROOT))
                .open("a", "href", href).element("span", name, "class", "title")
                .element("span", detail, "class", "detail").close("a")
                .close("li");
    }
}
