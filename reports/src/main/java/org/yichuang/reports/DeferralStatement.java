package org.yichuang.reports;

import java.util.List;
import java.util.stream.Collectors;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.ServiceItem;

/**
 * The 容缺受理 paragraph of a guide. Local regulations (RULES.md §2.1) require the guide to publish which
 * materials may be missing, that a written promise is needed and the supplement deadline.
 */
final class DeferralStatement {
    private DeferralStatement() {
    }

    static String of(ServiceItem item) {
        if (!item.deferralAllowed() || item.caseKind() == CaseKind.IMMEDIATE) {
            return "本事项不适用容缺受理，请备齐全部必要材料后申请。";
        }
        return of(item.materials(), GuideParameters.promisedLimit(item));
    }

    /** The statement for the given materials, of which only the deferrable ones are named. */
    static String of(List<MaterialRequirement> materials, String promisedLimit) {
        String names = materials.stream().filter(MaterialRequirement::deferrable).map(m -> "《" + m.name() + "》")
                .collect(Collectors.joining("、"));
        if (names.isEmpty()) {
            return "本事项实行容缺受理，但未确定可容缺的材料，请备齐全部必要材料后申请。";
        }
        return "本事项实行容缺受理。申请人基本条件具备、主要申请材料齐全且符合法定形式，仅欠缺下列次要材料的，"
                + "经申请人签署书面《容缺受理承诺书》（委托代理的，另附授权委托书）后先予受理，窗口当场一次性告知需补齐的材料"
                + "和补交期限：" + names + "（即上表标“" + MaterialRows.DEFERRABLE_MARK + "”的材料）。"
                + "补交期限最迟不超过承诺办结时限（" + promisedLimit + "），材料补齐后方出具办理结果；"
                + "逾期未补齐或补齐后仍不符合要求的，按承诺书约定和有关规定视为撤回申请或撤销受理。"
                + "身份证明和申请表不适用容缺。";
    }
}
