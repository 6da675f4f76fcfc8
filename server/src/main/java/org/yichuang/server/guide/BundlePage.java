package org.yichuang.server.guide;

import org.yichuang.core.catalog.GuideWording;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.bundle.BundleWording;
import org.yichuang.core.catalog.BundleMaterials;
import org.yichuang.core.catalog.CatalogLabels;
import org.yichuang.core.catalog.Contacts;
import org.yichuang.core.catalog.MergedMaterial;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;

/**
 * The body of a bundle's (一件事) guide page as the printed bundle guide has it: description, member items with
 * links to their own pages, and the merged material list (一表申报) asking for each material once.
 */
final class BundlePage {
    private final VersionLine versions;

    BundlePage(VersionLine versions) {
        this.versions = versions;
    }

    /**
     * Returns the bundle's members in the bundle's handling order.
     *
     * @throws IllegalArgumentException when a listed item was not given: a one-time notice that silently left
     *                                  out an item's materials would be wrong, so the page is not rendered
     */
    static List<VersionedItem> ordered(ServiceBundle bundle, List<VersionedItem> members) {
        Map<String, VersionedItem> byCode = members.stream().collect(Collectors.toMap(
                v -> v.item().implementationCode(), Function.identity(), (a, b) -> a));
        List<VersionedItem> ordered = new ArrayList<>();
        for (String code : bundle.itemCodes()) {
            VersionedItem member = byCode.get(code);
            if (member == null) {
                throw new IllegalArgumentException("bundle " + bundle.code() + " lists item " + code
                        + " but it was not given");
            }
            ordered.add(member);
        }
        return ordered;
    }

    /** Writes the page; a material is marked 容缺 only when every member offers it under the hall's setting. */
    void write(Html html, ServiceBundle bundle, List<VersionedItem> ordered, GuideLinks links,
            boolean riskyItemsMayDefer) {
        List<ServiceItem> items = ordered.stream().map(VersionedItem::item).toList();
        // the code (BUNDLE-…) stays in the address; people read the name and what the bundle holds
        html.element("h1", bundle.name()).element("p", "“一件事”　含" + items.size()
                + "个事项　一次告知　一表申报", "class", "code");
        Sections s = new Sections(html);
        s.open("一件事说明").element("p", CatalogLabels.orNone(bundle.description()), "class", "prose");
        s.close();
        s.open("包含事项");
        members(html, ordered, links);
        html.element("p", GuideWording.bundleMembersNote(), "class", "note");
        html.element("p", BundleWording.schedule(bundle), "class", "prose schedule");
        s.close();
        List<MergedMaterial> merged = BundleMaterials.merge(items, riskyItemsMayDefer);
        Map<String, String> names = new LinkedHashMap<>();
        items.forEach(i -> names.put(i.implementationCode(), i.name()));
        s.open("申请材料（一表申报）");
        MaterialTable.ofBundle(html, merged, names);
        html.element("p", GuideWording.bundleMaterialNote(), "class", "note");
        s.close();
        if (merged.stream().anyMatch(m -> m.material().deferrable())) {
            s.open("容缺受理").element("p", GuideWording.deferral(
                    merged.stream().map(MergedMaterial::material).toList(), "以各事项承诺办结时限中最短者为准"),
                    "class", "prose");
            s.close();
        }
        s.open("咨询与监督");
        contacts(items).writeTo(html);
        s.close();
    }

    /** A bundle has no version of its own; it last changed when its most recently changed member did. */
    String footer(List<VersionedItem> ordered) {
        Optional<Instant> latest = ordered.stream().map(VersionedItem::effectiveFrom).max(Instant::compareTo);
        return latest.map(at -> "更新于 " + versions.date(at)).orElse(null);
    }

    private static void members(Html html, List<VersionedItem> ordered, GuideLinks links) {
        html.open("table", "class", "stack members").open("thead").open("tr")
                .element("th", "序号", "class", "no").element("th", "事项名称").element("th", "实施主体")
                .element("th", "办件类型").element("th", "承诺办结时限")
                .close("tr").close("thead").open("tbody");
        int no = 0;
        for (VersionedItem version : ordered) {
            ServiceItem item = version.item();
            html.open("tr").element("td", String.valueOf(++no), "class", "no")
                    .open("td", "class", "name", "data-label", "事项名称").element("span", no + ". ", "class", "num")
                    .element("a", item.name(), "href", links.item(item.implementationCode()));
            if (!version.inForce()) {
                html.element("span", "（已停止办理）", "class", "remark");
            }
            html.close("td")
                    .element("td", CatalogLabels.orNone(item.department()), "data-label", "实施主体")
                    .element("td", GuideWording.caseKind(item.caseKind()), "data-label", "办件类型")
                    .element("td", GuideWording.promisedLimit(item), "data-label", "承诺办结时限")
                    .close("tr");
        }
        html.close("tbody").close("table");
    }

    /** One value when all items agree (the usual case at one hall), else one line per item, as on paper. */
    private static Facts contacts(List<ServiceItem> items) {
        return new Facts().custom("咨询电话", perItem(items, Contacts::consultPhone, true))
                .custom("监督投诉电话", perItem(items, Contacts::supervisionPhone, true))
                .custom("办理时间", perItem(items, Contacts::officeHours, false))
                .custom("办理地点", perItem(items, Contacts::place, false));
    }

    private static Consumer<Html> perItem(List<ServiceItem> items, Function<Contacts, String> field,
            boolean phone) {
        Function<ServiceItem, String> value = i -> {
            String v = i.contacts() == null ? null : field.apply(i.contacts());
            return v == null || v.isBlank() ? null : v;
        };
        List<String> distinct = items.stream().map(value).filter(v -> v != null).distinct().toList();
        return html -> {
            if (distinct.size() <= 1) {
                write(html, distinct.isEmpty() ? CatalogLabels.NONE : distinct.get(0), phone && !distinct.isEmpty());
                return;
            }
            boolean first = true;
            for (ServiceItem item : items) {
                if (value.apply(item) != null) {
                    html.text((first ? "" : "\n") + item.name() + "：");
                    write(html, value.apply(item), phone);
                    first = false;
                }
            }
        };
    }

    private static void write(Html html, String text, boolean phone) {
        if (phone) {
            Phones.write(html, text);
        } else {
            html.text(text);
        }
    }
}
