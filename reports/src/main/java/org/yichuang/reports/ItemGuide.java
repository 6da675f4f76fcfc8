package org.yichuang.reports;

import org.yichuang.core.catalog.GuideWording;

import org.yichuang.core.catalog.CatalogLabels;

import static org.yichuang.core.catalog.CatalogLabels.join;
import static org.yichuang.core.catalog.CatalogLabels.orNone;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.yichuang.core.catalog.Contacts;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.SpecialProcedure;

/**
 * The sections of a per-item 办事指南 in the order of published guides (GB/T 39046 表4 fields); all wording
 * lives here so the template only lays it out.
 */
final class ItemGuide {
    private ItemGuide() {
    }

    static Map<String, Object> parameters(ServiceItem item, GuideContext context) {
        return GuideParameters.of(context, "办 事 指 南", item.name(), "实施编码：" + item.implementationCode());
    }

    /** The sections, advertising 容缺 only where the hall's setting ({@link GuideContext#riskyItemsMayDefer()}) lets it. */
    static List<Map<String, ?>> sections(ServiceItem item, boolean riskyItemsMayDefer) {
        GuideSections s = new GuideSections();
        s.section("基本信息").facts(basics(item));
        s.section("受理条件").text(item.conditions());
        s.section("申请材料").table("materials", MaterialRows.ofItem(item.materials(),
                item.offersDeferral(riskyItemsMayDefer))).note(GuideWording.materialNote(item, riskyItemsMayDefer));
        s.section("办理流程").text(steps(item.processSteps()));
        s.section("办理时限").facts(limits(item));
        s.section("收费标准").facts(fee(item));
        s.section("容缺受理").text(GuideWording.deferral(item, riskyItemsMayDefer));
        String commitment = GuideWording.commitment(item);
        if (commitment != null) {
            s.section("告知承诺").text(commitment);
        }
        var result = GuideSections.facts();
        result.put("审批结果", item.resultName());
        result.put("送达方式", join(item.deliveryOptions(), CatalogLabels::delivery));
        s.section("办理结果").facts(result);
        s.section("咨询与监督").facts(contacts(item.contacts()));
        return s.records();
    }

    private static Map<String, String> basics(ServiceItem item) {
        var f = GuideSections.facts();
        f.put("事项名称", item.name());
        f.put("实施编码", item.implementationCode());
        f.put("基本编码", item.baseCode());
        f.put("事项类型", item.itemType() == null ? null : item.itemType().label());
        f.put("实施主体", item.department());
        f.put("设定依据", item.legalBasis());
        f.put("服务对象", join(item.serviceObjects(), CatalogLabels::serviceObject));
        f.put("办理形式", join(item.channels(), CatalogLabels::channel));
        f.put("办件类型", GuideWording.caseKind(item.caseKind()));
        f.put("到现场次数", GuideWording.visits(item.visits()));
        return f;
    }

    /** 1. 受理 → 2. 审查 …: numbered so the counter can say "you are at step 2". */
    private static String steps(List<String> steps) {
        return IntStream.range(0, steps.size()).mapToObj(i -> (i + 1) + ". " + steps.get(i))
                .collect(Collectors.joining("  →  "));
    }

    private static Map<String, String> limits(ServiceItem item) {
        var f = GuideSections.facts();
        f.put("法定办结时限", CatalogLabels.limit(item.statutoryLimit()));
        f.put("承诺办结时限", GuideWording.promisedLimit(item));
        f.put("时限说明", GuideWording.LIMIT_NOTE);
        if (item.offersCommitment()) {
            f.put("告知承诺", GuideWording.postCheck(item));
        }
        f.put("特别程序", procedures(item.specialProcedures()));
        return f;
    }

    /** Whether each procedure counts toward the limit is printed because local rules differ (安阳 37). */
    private static String procedures(List<SpecialProcedure> procedures) {
        if (procedures.isEmpty()) {
            return null;
        }
        return procedures.stream().map(GuideWording::procedure).collect(Collectors.joining("\n"));
    }

    private static Map<String, String> fee(ServiceItem item) {
        var f = GuideSections.facts();
        f.put("是否收费", item.fee() != null && item.fee().charged() ? "收费" : "不收费");
        if (item.fee() != null && item.fee().charged()) {
            f.put("收费标准", CatalogLabels.fee(item.fee()));
            f.put("收费依据", item.fee().basis());
        }
        return f;
    }

    private static Map<String, String> contacts(Contacts contacts) {
        var f = GuideSections.facts();
        Contacts c = contacts == null ? new Contacts(null, null, null, null) : contacts;
        f.put("咨询电话", c.consultPhone());
        f.put("监督投诉电话", c.supervisionPhone());
        f.put("办理时间", c.officeHours());
        f.put("办理地点", orNone(c.place()));
        return f;
    }
}
