package org.yichuang.server.guide;

import org.yichuang.core.catalog.GuideWording;

import static org.yichuang.core.catalog.CatalogLabels.join;

import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.CatalogLabels;
import org.yichuang.core.catalog.Contacts;
import org.yichuang.core.catalog.ServiceItem;

/**
 * The body of an item's guide page: the printed 办事指南's sections in the printed order and wording
 * (reports' ItemGuide), the one-time notice (一次告知) of everything the applicant needs.
 */
final class ItemPage {
    private final VersionLine versions;

    ItemPage(VersionLine versions) {
        this.versions = versions;
    }

    /** Writes the page; 容缺 is advertised only where the hall's setting on risky items lets the counter offer it. */
    void write(Html html, VersionedItem version, boolean riskyItemsMayDefer) {
        ServiceItem item = version.item();
        html.element("h1", item.name()).element("p", "实施编码：" + item.implementationCode(), "class", "code");
        if (!version.inForce()) {
            // a withdrawn item's last version stays reachable from old printed QR codes; say so before anything
            html.element("p", "本事项已于" + versions.date(version.effectiveFrom()) + "停止办理，以下内容仅供查阅。",
                    "class", "alert");
        }
        summary(html, item);
        Sections s = new Sections(html);
        s.open("基本信息");
        basics(item).writeTo(html);
        s.close();
        s.open("受理条件").element("p", CatalogLabels.orNone(item.conditions()), "class", "prose");
        s.close();
        s.open("申请材料");
        MaterialTable.ofItem(html, item.materials(), item.offersDeferral(riskyItemsMayDefer));
        html.element("p", GuideWording.materialNote(item, riskyItemsMayDefer), "class", "note");
        s.close();
        s.open("办理流程");
        steps(html, item);
        s.close();
        s.open("办理时限");
        limits(item).writeTo(html);
        s.close();
        s.open("收费标准");
        fee(item).writeTo(html);
        s.close();
        s.open("容缺受理").element("p", GuideWording.deferral(item, riskyItemsMayDefer), "class", "prose");
        s.close();
        String commitment = GuideWording.commitment(item);
        if (commitment != null) {
            s.open("告知承诺").element("p", commitment, "class", "prose");
            s.close();
        }
        s.open("办理结果");
        new Facts().text("审批结果", item.resultName())
                .text("送达方式", join(item.deliveryOptions(), CatalogLabels::delivery)).writeTo(html);
        s.close();
        s.open("咨询与监督");
        contacts(item.contacts()).writeTo(html);
        s.close();
    }

    /** The three facts an applicant on a phone looks for first; the sections below repeat them in full. */
    private static void summary(Html html, ServiceItem item) {
        html.open("ul", "class", "summary")
                .element("li", GuideWording.caseKind(item.caseKind()) + " · " + GuideWording.promisedLimit(item))
                .element("li", CatalogLabels.fee(item.fee()))
                .element("li", "到现场" + GuideWording.visits(item.visits()))
                .close("ul");
    }

    private static Facts basics(ServiceItem item) {
        return new Facts().text("事项名称", item.name())
                .text("实施编码", item.implementationCode())
                .text("基本编码", item.baseCode())
                .text("事项类型", item.itemType() == null ? null : item.itemType().label())
                .text("实施主体", item.department())
                .text("设定依据", item.legalBasis())
                .text("服务对象", join(item.serviceObjects(), CatalogLabels::serviceObject))
                .text("办理形式", join(item.channels(), CatalogLabels::channel))
                .text("办件类型", GuideWording.caseKind(item.caseKind()))
                .text("到现场次数", GuideWording.visits(item.visits()));
    }

    private static void steps(Html html, ServiceItem item) {
        if (item.processSteps().isEmpty()) {
            html.element("p", CatalogLabels.NONE, "class", "prose");
            return;
        }
        html.open("ol", "class", "steps");
        item.processSteps().forEach(step -> html.element("li", step));
        html.close("ol");
    }

    private static Facts limits(ServiceItem item) {
        Facts f = new Facts().text("法定办结时限", CatalogLabels.limit(item.statutoryLimit()))
                .text("承诺办结时限", GuideWording.promisedLimit(item))
                .text("时限说明", GuideWording.LIMIT_NOTE);
        if (item.offersCommitment()) {
            f.text("告知承诺", GuideWording.postCheck(item));
        }
        String procedures = item.specialProcedures().stream().map(GuideWording::procedure)
                .reduce((a, b) -> a + "\n" + b).orElse(null);
        return f.text("特别程序", procedures);
    }

    private static Facts fee(ServiceItem item) {
        boolean charged = item.fee() != null && item.fee().charged();
        Facts f = new Facts().text("是否收费", charged ? "收费" : "不收费");
        if (charged) {
            f.text("收费标准", CatalogLabels.fee(item.fee())).text("收费依据", item.fee().basis());
        }
        return f;
    }

    private static Facts contacts(Contacts contacts) {
        Contacts c = contacts == null ? new Contacts(null, null, null, null) : contacts;
        return new Facts().phones("咨询电话", c.consultPhone())
                .phones("监督投诉电话", c.supervisionPhone())
                .text("办理时间", c.officeHours())
                .text("办理地点", c.place());
    }

    /** Item pages end with the version line the printed guide's footer can be compared with. */
    String footer(VersionedItem version) {
        return versions.of(version);
    }
}
