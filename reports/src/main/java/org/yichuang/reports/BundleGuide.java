package org.yichuang.reports;

import org.yichuang.core.catalog.GuideWording;

import org.yichuang.core.catalog.CatalogLabels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yichuang.core.catalog.BundleMaterials;
import org.yichuang.core.catalog.Contacts;
import org.yichuang.core.catalog.MergedMaterial;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;

/** The sections of a bundle (一件事) guide: its member items and one merged material list (一表申报). */
final class BundleGuide {
    private BundleGuide() {
    }

    static Map<String, Object> parameters(ServiceBundle bundle, List<ServiceItem> items, GuideContext context) {
        return GuideParameters.of(context, "“一件事”办事指南", bundle.name(),
                "“一件事”　含" + items.size() + "个事项　一次告知　一表申报");
    }

    /** Returns the bundle's items in the bundle's order; every member must be given exactly once. */
    static List<ServiceItem> members(ServiceBundle bundle, List<ServiceItem> items) {
        Map<String, ServiceItem> byCode = items.stream()
                .collect(Collectors.toMap(ServiceItem::implementationCode, Function.identity(), (a, b) -> a));
        List<ServiceItem> ordered = new ArrayList<>();
        for (String code : bundle.itemCodes()) {
            ServiceItem item = byCode.get(code);
            if (item == null) {
                throw new IllegalArgumentException("bundle " + bundle.code() + " lists item " + code
                        + " but it was not given");
            }
            ordered.add(item);
        }
        return ordered;
    }

    /** The sections, marking 容缺 only where every member offers it under the hall's setting. */
    static List<Map<String, ?>> sections(ServiceBundle bundle, List<ServiceItem> members,
            boolean riskyItemsMayDefer) {
        List<MergedMaterial> merged = BundleMaterials.merge(members, riskyItemsMayDefer);
        Map<String, String> names = new LinkedHashMap<>();
        members.forEach(i -> names.put(i.implementationCode(), i.name()));
        GuideSections s = new GuideSections();
        s.section("一件事说明").text(bundle.description());
        s.section("包含事项").table("members", memberRows(members))
                .note(GuideWording.bundleMembersNote());
        s.section("申请材料（一表申报）").table("merged", MaterialRows.ofBundle(merged, names))
                .note(GuideWording.bundleMaterialNote());
        if (merged.stream().anyMatch(m -> m.material().deferrable())) {
            s.section("容缺受理").text(GuideWording.deferral(merged.stream().map(MergedMaterial::material).toList(),
                    "以各事项承诺办结时限中最短者为准"));
        }
        s.section("咨询与监督").facts(contacts(members));
        return s.records();
    }

    private static List<Map<String, ?>> memberRows(List<ServiceItem> members) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ServiceItem item : members) {
            rows.add(Map.of("no", String.valueOf(rows.size() + 1), "name", item.name(),
                    "department", CatalogLabels.orNone(item.department()),
                    "caseKind", ReceiptParameters.kind(item.caseKind()),
                    "promisedLimit", GuideWording.promisedLimit(item)));
        }
        return rows;
    }

    /** One value when all items agree (the usual case at one hall), else one line per item. */
    private static Map<String, String> contacts(List<ServiceItem> members) {
        var f = GuideSections.facts();
        f.put("咨询电话", perItem(members, Contacts::consultPhone));
        f.put("监督投诉电话", perItem(members, Contacts::supervisionPhone));
        f.put("办理时间", perItem(members, Contacts::officeHours));
        f.put("办理地点", perItem(members, Contacts::place));
        return f;
    }

    private static String perItem(List<ServiceItem> members, Function<Contacts, String> field) {
        Function<ServiceItem, String> value = i -> i.contacts() == null ? null : field.apply(i.contacts());
        List<String> distinct = members.stream().map(value).filter(v -> v != null && !v.isBlank()).distinct().toList();
        if (distinct.size() <= 1) {
            return distinct.isEmpty() ? null : distinct.get(0);
        }
        return members.stream().filter(i -> value.apply(i) != null)
                .map(i -> i.name() + "：" + value.apply(i)).collect(Collectors.joining("\n"));
    }
}
