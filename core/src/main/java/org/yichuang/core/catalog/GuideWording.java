package org.yichuang.core.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The sentences of the 办事指南 beyond single labels ({@link CatalogLabels}): the printed guide (reports) and the
 * public guide page (server) both take them from here, so paper and web always say the same thing.
 */
public final class GuideWording {
    /** The 可容缺 mark of the printed material table. */
    public static final String DEFERRABLE_MARK = "✓";
    /** When the limits start to run. */
    public static final String LIMIT_NOTE = "自受理之日起计算。";

    private GuideWording() {
    }

    public static String caseKind(CaseKind kind) {
        if (kind == null) {
            return CatalogLabels.NONE;
        }
        return switch (kind) {
            case IMMEDIATE -> "即办件";
            case PROMISED -> "承诺件";
        };
    }

    /** 即办 for 即办件, whose promised limit is "on the spot" whatever number the catalogue holds. */
    public static String promisedLimit(ServiceItem item) {
        return item.caseKind() == CaseKind.IMMEDIATE ? "即办（当场办结）" : CatalogLabels.limit(item.promisedLimit());
    }

    public static String visits(int visits) {
        return visits == 0 ? "0次（全程网办）" : "最多" + visits + "次";
    }

    /** Whether the procedure counts toward the limit is stated because local rules differ (安阳 37). */
    public static String procedure(SpecialProcedure p) {
        return CatalogLabels.procedure(p.kind()) + (p.stopsClock() ? "：所需时间不计入办结时限" : "：所需时间计入办结时限");
    }

    /**
     * The note under an item's material table; the 可容缺 mark is explained only where the guide shows marks.
     *
     * @param riskyItemsMayDefer the hall lets items of a risk category defer (RULES.md §2.2)
     */
    public static String materialNote(ServiceItem item, boolean riskyItemsMayDefer) {
        boolean marks = item.offersDeferral(riskyItemsMayDefer)
                && item.materials().stream().anyMatch(MaterialRequirement::deferrable);
        return "注：" + (marks ? "标“" + DEFERRABLE_MARK + "”的材料可容缺（见“容缺受理”）；" : "")
                + "来源为“共享获取”的材料由窗口通过数据共享调取，申请人无需提交。";
    }

    /**
     * The 可容缺 cell of a material row, printed and on the web: the mark and by when the deferred material is due, or
     * empty when the material may not be deferred here.
     *
     * @param offered whether the item offers 容缺 at this hall ({@link ServiceItem#offersDeferral})
     */
    public static String deferrableCell(MaterialRequirement m, boolean offered) {
        return offered && m.deferrable() ? DEFERRABLE_MARK + " " + supplementPeriod(m) : "";
    }

    /** 可容缺，受理后3个工作日内补交; without a period of its own a deferred material is due by the promised date. */
    public static String supplementPeriod(MaterialRequirement m) {
        return m.supplementDays() == null ? "可容缺，承诺办结时限内补交"
                : "可容缺，受理后" + m.supplementDays() + "个工作日内补交";
    }

    public static String bundleMaterialNote() {
        return "注：多个事项共用的材料只需提交一次，由窗口分送“适用事项”所列各事项使用；标“" + DEFERRABLE_MARK
                + "”的材料可容缺，来源为“共享获取”的材料申请人无需提交。";
    }

    public static String bundleMembersNote() {
        return "以上事项一次申请、并联办理，由各实施部门分别审批；各事项办结时限分别计算。";
    }

    /**
     * The 容缺受理 paragraph of an item: local regulations (RULES.md §2.1) require the guide to publish it. An item
     * whose risk category excludes 容缺 at this hall says so, whatever its stored flags.
     */
    public static String deferral(ServiceItem item, boolean riskyItemsMayDefer) {
        if (!item.offersDeferral(riskyItemsMayDefer)) {
            boolean excludedByRisk = item.deferralAllowed() && item.caseKind() != CaseKind.IMMEDIATE;
            return (excludedByRisk ? "本事项涉及" + item.riskCategory().label() + "，" : "本事项")
                    + "不适用容缺受理，请备齐全部必要材料后申请。";
        }
        return deferral(item.materials(), promisedLimit(item));
    }

    /** The statement for the given materials, of which only the deferrable ones are named. */
    public static String deferral(List<MaterialRequirement> materials, String promisedLimit) {
        String names = materials.stream().filter(MaterialRequirement::deferrable)
                .map(m -> "《" + m.name() + "》" + (m.supplementDays() == null ? ""
                        : "（受理后" + m.supplementDays() + "个工作日内补交）"))
                .collect(Collectors.joining("、"));
        if (names.isEmpty()) {
            return "本事项实行容缺受理，但未确定可容缺的材料，请备齐全部必要材料后申请。";
        }
        return "本事项实行容缺受理。申请人基本条件具备、主要申请材料齐全且符合法定形式，仅欠缺下列次要材料的，"
                + "经申请人签署书面《容缺受理承诺书》（委托代理的，另附授权委托书）后先予受理，窗口当场一次性告知需补齐的材料"
                + "和补交期限：" + names + "（即上表标“" + DEFERRABLE_MARK + "”的材料）。"
                + "补交期限最迟不超过承诺办结时限（" + promisedLimit + "），材料补齐后方出具办理结果；"
                + "逾期未补齐或补齐后仍不符合要求的，按承诺书约定和有关规定视为撤回申请或撤销受理。"
                + "身份证明和申请表不适用容缺。";
    }

    /**
     * The 告知承诺 paragraph of an item that offers it (RULES.md §2.4: 国办发〔2020〕42号; 浙江 Art. 14 for the
     * post-check period), or null when the item does not: the guide then has no such section.
     */
    public static String commitment(ServiceItem item) {
        if (!item.offersCommitment()) {
            return null;
        }
        int days = item.postCheckWorkingDays() == null ? ServiceItem.DEFAULT_POST_CHECK_DAYS
                : item.postCheckWorkingDays();
        return "本事项实行告知承诺制。申请人书面承诺已经符合告知的条件、标准和要求，并愿意承担不实承诺的法律责任的，"
                + "窗口不再索要有关证明材料，依据书面承诺当场作出决定。实施机关自作出决定之日起" + days
                + "个工作日内对承诺内容进行核查；发现承诺不实的，依法终止办理、责令限期整改、撤销行政决定或者予以行政处罚，"
                + "并记入信用记录。申请人也可不选择告知承诺，按一般程序提交全部材料办理。";
    }

    /** The 告知承诺 line of the limits: when the promise is checked. */
    public static String postCheck(ServiceItem item) {
        if (!item.offersCommitment()) {
            return null;
        }
        int days = item.postCheckWorkingDays() == null ? ServiceItem.DEFAULT_POST_CHECK_DAYS
                : item.postCheckWorkingDays();
        return "告知承诺：当场作出决定，作出决定后" + days + "个工作日内核查承诺内容";
    }
}
