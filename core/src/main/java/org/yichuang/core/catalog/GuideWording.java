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

    public static String materialNote(ServiceItem item) {
        boolean marks = item.deferralAllowed() && item.materials().stream().anyMatch(MaterialRequirement::deferrable);
        return "注：" + (marks ? "标“" + DEFERRABLE_MARK + "”的材料可容缺（见“容缺受理”）；" : "")
                + "来源为“共享获取”的材料由窗口通过数据共享调取，申请人无需提交。";
    }

    public static String bundleMaterialNote() {
        return "注：多个事项共用的材料只需提交一次，由窗口分送“适用事项”所列各事项使用；标“" + DEFERRABLE_MARK
                + "”的材料可容缺，来源为“共享获取”的材料申请人无需提交。";
    }

    public static String bundleMembersNote() {
        return "以上事项一次申请、并联办理，由各实施部门分别审批；各事项办结时限分别计算。";
    }

    /** The 容缺受理 paragraph of an item: local regulations (RULES.md §2.1) require the guide to publish it. */
    public static String deferral(ServiceItem item) {
        if (!item.deferralAllowed() || item.caseKind() == CaseKind.IMMEDIATE) {
            return "本事项不适用容缺受理，请备齐全部必要材料后申请。";
        }
        return deferral(item.materials(), promisedLimit(item));
    }

    /** The statement for the given materials, of which only the deferrable ones are named. */
    public static String deferral(List<MaterialRequirement> materials, String promisedLimit) {
        String names = materials.stream().filter(MaterialRequirement::deferrable).map(m -> "《" + m.name() + "》")
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
}
