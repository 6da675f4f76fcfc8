package org.yichuang.core.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.CreditCode;

/**
 * The rules a service item must meet before it is stored or imported (RULES.md §1.4, §2.2, §4). Returns every
 * violation instead of stopping at the first, so an administrator fixes a workbook in one pass.
 */
public final class ServiceItemRules {
    /** Office hours a working day holds, to compare an hour limit with a day limit. */
    static final int HOURS_PER_WORKING_DAY = 8;
    /** The most extensions an item may allow; more would make the statutory limit meaningless. */
    public static final int MAX_EXTENSIONS = 3;
    /** The longest 环节时限 in working days: a step of more than a year is a typing error, not a deadline. */
    public static final int MAX_STEP_DAYS = 365;
    /** The longest short name (简称), in characters. */
    public static final int MAX_ALIAS_LENGTH = 20;
    private static final String PHONE = "[0-9+\\-() ]{3,30}";

    private ServiceItemRules() {
    }

    /** The longest 告知承诺 核查期限 in working days. */
    public static final int MAX_POST_CHECK_DAYS = 365;
    /** The longest name of a seal owner (印章所属机关). */
    public static final int MAX_SEAL_OWNER_LENGTH = 100;

    /** Returns the violations of the item under the default hall setting: risky items may not defer (容缺). */
    public static List<Violation> check(ServiceItem item) {
        return check(item, false);
    }

    /**
     * Returns the violations of the item; empty when it may be stored.
     *
     * @param riskyItemsMayDefer the hall's configuration lets items of a risk category allow 容缺 (RULES.md §2.2)
     */
    public static List<Violation> check(ServiceItem item, boolean riskyItemsMayDefer) {
        List<Violation> out = new ArrayList<>();
        required(out, "name", item.name(), "事项名称");
        required(out, "department", item.department(), "实施主体");
        if (item.itemType() == null) {
            out.add(new Violation("itemType", ErrorCode.FIELD_REQUIRED, "请填写事项类型。"));
        }
        if (item.caseKind() == null) {
            out.add(new Violation("caseKind", ErrorCode.FIELD_REQUIRED, "请填写办件类型（即办件/承诺件）。"));
        }
        checkCodes(item, out);
        checkLimits(item, out);
        checkFee(item.fee(), out);
        checkProcedures(item.specialProcedures(), out);
        checkContacts(item.contacts(), out);
        if (item.visits() < 0) {
            out.add(new Violation("visits", ErrorCode.CATALOG_RULE_VIOLATED, "到现场次数不能为负数。"));
        }
        if (item.deferralAllowed() && item.caseKind() == CaseKind.IMMEDIATE) {
            out.add(new Violation("deferralAllowed", ErrorCode.CATALOG_RULE_VIOLATED, "即办件不适用容缺受理。"));
        }
        checkMaterials(item, out);
        checkAliases(item.aliases(), out);
        checkClockRules(item, out);
        checkIntakeRules(item, riskyItemsMayDefer, out);
        return out;
    }

    /** 风险类别 against 容缺 and 告知承诺, the 核查期限 and the seal owner (RULES.md §2.2, §2.4, §3.1). */
    private static void checkIntakeRules(ServiceItem item, boolean riskyItemsMayDefer, List<Violation> out) {
        RiskCategory risk = item.riskCategory();
        if (risk.risky() && item.deferralAllowed() && !riskyItemsMayDefer) {
            out.add(new Violation("deferralAllowed", ErrorCode.ITEM_RISK_FORBIDS_DEFERRAL, "本事项涉及"
                    + risk.label() + "，不适用容缺受理（本大厅未允许此类事项容缺）。"));
        }
        if (risk.risky() && item.commitmentAllowed()) {
            out.add(new Violation("commitmentAllowed", ErrorCode.ITEM_RISK_FORBIDS_DEFERRAL, "本事项涉及"
                    + risk.label() + "，不适用告知承诺制（国办发〔2020〕42号）。"));
        }
        Integer check = item.postCheckWorkingDays();
        if (check != null && !item.commitmentAllowed()) {
            out.add(new Violation("postCheckWorkingDays", ErrorCode.CATALOG_RULE_VIOLATED,
                    "本事项不适用告知承诺制，不应填写核查期限。"));
        } else if (check != null && (check < 1 || check > MAX_POST_CHECK_DAYS)) {
            out.add(new Violation("postCheckWorkingDays", ErrorCode.CATALOG_RULE_VIOLATED,
                    "告知承诺核查期限应在1到" + MAX_POST_CHECK_DAYS + "个工作日之间，现为" + check + "。"));
        }
        String seal = item.sealOwner();
        if (seal != null && (seal.length() > MAX_SEAL_OWNER_LENGTH || seal.codePoints().anyMatch(
                Character::isISOControl))) {
            out.add(new Violation("sealOwner", ErrorCode.CATALOG_RULE_VIOLATED,
                    "印章所属机关名称不能超过" + MAX_SEAL_OWNER_LENGTH + "个字，且不能含控制字符。"));
        }
    }

    /**
     * A deferrable material's 补交期限 in working days: positive and within the promised limit, since the deferred
     * materials are due by the promised due date (RULES.md §2.2 supplementDueAt ≤ promisedDueAt).
     */
    private static void checkSupplementDays(ServiceItem item, MaterialRequirement m, String at,
            List<Violation> out) {
        Integer days = m.supplementDays();
        if (days == null) {
            return;
        }
        if (!m.deferrable()) {
            out.add(new Violation(at + ".supplementDays", ErrorCode.SUPPLEMENT_PERIOD_INVALID,
                    "材料“" + m.name() + "”不可容缺，不应填写补交期限。"));
        } else if (days < 1) {
            out.add(new Violation(at + ".supplementDays", ErrorCode.SUPPLEMENT_PERIOD_INVALID,
                    "材料“" + m.name() + "”的补交期限应至少为1个工作日，现为" + days + "。"));
        } else if (exceedsPromised(days, item.promisedLimit())) {
            out.add(new Violation(at + ".supplementDays", ErrorCode.SUPPLEMENT_PERIOD_INVALID,
                    "材料“" + m.name() + "”的补交期限" + days + "个工作日超过承诺办结时限（"
                            + CatalogLabels.limit(item.promisedLimit()) + "），容缺材料须在承诺办结期限内补齐。"));
        }
    }

    /** Whether {@code days} working days run past the promised limit; unknown comparisons are left to the limits. */
    private static boolean exceedsPromised(int days, TimeLimit promised) {
        if (promised == null) {
            return false;
        }
        if (promised.unit() == LimitUnit.NATURAL_DAYS) {
            // N working days span at least N natural days: more than the limit's days surely run past it
            return days > promised.value();
        }
        return LimitComparison.within(TimeLimit.workingDays(days), promised).map(within -> !within).orElse(false);
    }

    /** 延期次数 within bounds; each 环节时限 names a step of the 办理流程 and fits in the promised limit. */
    private static void checkClockRules(ServiceItem item, List<Violation> out) {
        if (item.maxExtensions() < 0 || item.maxExtensions() > MAX_EXTENSIONS) {
            out.add(new Violation("maxExtensions", ErrorCode.CATALOG_RULE_VIOLATED,
                    "延期次数应在0到" + MAX_EXTENSIONS + "次之间（行政许可法第四十二条：一般可延长一次）。"));
        }
        int total = 0;
        for (var e : item.stepLimits().entrySet()) {
            String field = "stepLimits." + e.getKey();
            if (e.getKey() == null || e.getKey().isBlank()) {
                out.add(new Violation("stepLimits", ErrorCode.CATALOG_RULE_VIOLATED, "环节时限中的环节名称不能为空。"));
            } else if (!item.processSteps().contains(e.getKey())) {
                out.add(new Violation("stepLimits", ErrorCode.CATALOG_RULE_VIOLATED,
                        "环节时限中的环节“" + e.getKey() + "”不在办理流程中。"));
            } else if (e.getValue() == null || e.getValue() < 1) {
                out.add(new Violation(field, ErrorCode.CATALOG_RULE_VIOLATED,
                        "环节“" + e.getKey() + "”的时限应至少为1个工作日。"));
            } else if (e.getValue() > MAX_STEP_DAYS) {
                out.add(new Violation(field, ErrorCode.CATALOG_RULE_VIOLATED, "环节“" + e.getKey() + "”的时限为"
                        + e.getValue() + "个工作日，超过" + MAX_STEP_DAYS + "个工作日，请检查是否填错。"));
            } else {
                total += e.getValue();
            }
        }
        TimeLimit promised = item.promisedLimit();
        if (promised != null && promised.unit() == LimitUnit.WORKING_DAYS && total > promised.value()) {
            out.add(new Violation("stepLimits", ErrorCode.CATALOG_RULE_VIOLATED,
                    "各环节时限合计" + total + "个工作日，超过承诺办结时限" + promised.value() + "个工作日。"));
        }
    }

    /** Each 简称 is short, printable and named once: a clerk types it, the search lists it. */
    private static void checkAliases(List<String> aliases, List<Violation> out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < aliases.size(); i++) {
            String alias = aliases.get(i);
            String field = "aliases[" + i + "]";
            if (alias == null || alias.isBlank()) {
                out.add(new Violation(field, ErrorCode.ITEM_ALIAS_INVALID, "简称不能为空。"));
            } else if (alias.codePoints().anyMatch(Character::isISOControl)) {
                out.add(new Violation(field, ErrorCode.ITEM_ALIAS_INVALID, "简称“" + alias.strip() + "”含有控制字符。"));
            } else if (alias.codePointCount(0, alias.length()) > MAX_ALIAS_LENGTH) {
                out.add(new Violation(field, ErrorCode.ITEM_ALIAS_INVALID,
                        "简称“" + alias + "”超过" + MAX_ALIAS_LENGTH + "个字。"));
            } else if (!seen.add(alias.strip())) {
                out.add(new Violation(field, ErrorCode.ITEM_ALIAS_INVALID, "简称“" + alias.strip() + "”重复。"));
            }
        }
    }

    private static void required(List<Violation> out, String field, String value, String label) {
        if (value == null || value.isBlank()) {
            out.add(new Violation(field, ErrorCode.FIELD_REQUIRED, "请填写" + label + "。"));
        }
    }

    private static void checkCodes(ServiceItem item, List<Violation> out) {
        String base = item.baseCode();
        if (base == null || base.isBlank()) {
            out.add(new Violation("baseCode", ErrorCode.FIELD_REQUIRED, "请填写基本编码。"));
        } else if (!ImplementationCode.isWellFormed(base)) {
            out.add(new Violation("baseCode", ErrorCode.ITEM_CODE_INVALID, "基本编码只能包含字母、数字和连字符。"));
        }
        String dept = item.departmentCreditCode();
        if (dept != null && !dept.isBlank()) {
            try {
                CreditCode.parse(dept);
            } catch (DomainException e) {
                // the code says which part of the GB 32100 structure is wrong (authority, region, organisation code)
                out.add(new Violation("departmentCreditCode", e.code(),
                        "实施主体统一社会信用代码“" + dept + "”不正确：" + e.getMessage()));
            }
        }
        String code = item.implementationCode();
        if (code == null || code.isBlank()) {
            out.add(new Violation("implementationCode", ErrorCode.FIELD_REQUIRED, "请填写实施编码。"));
            return;
        }
        if (!ImplementationCode.isWellFormed(code)) {
            out.add(new Violation("implementationCode", ErrorCode.ITEM_CODE_INVALID,
                    "实施编码只能包含字母、数字和连字符，且不超过" + ImplementationCode.MAX_LENGTH + "位。"));
            return;
        }
        if (code.length() == ImplementationCode.STANDARD_LENGTH) {
            checkStandardCode(item, code, out);
        }
    }

    private static void checkStandardCode(ServiceItem item, String code, List<Violation> out) {
        Optional<ImplementationCode> parts = ImplementationCode.parseStandard(code);
        if (parts.isEmpty()) {
            out.add(new Violation("implementationCode", ErrorCode.CREDIT_CODE_INVALID,
                    "31位实施编码的前18位应为实施主体的统一社会信用代码（校验不通过），第19位为行使层级1–7。"));
            return;
        }
        if (item.baseCode() != null && !parts.get().baseCode().equals(item.baseCode())) {
            out.add(new Violation("implementationCode", ErrorCode.ITEM_CODE_INVALID,
                    "实施编码的后12位应与基本编码一致。"));
        }
        String dept = item.departmentCreditCode();
        if (dept != null && CreditCode.isValid(dept) && !parts.get().creditCode().equalsIgnoreCase(dept)) {
            out.add(new Violation("implementationCode", ErrorCode.ITEM_CODE_INVALID,
                    "实施编码中的信用代码与实施主体的统一社会信用代码不一致。"));
        }
    }

    private static void checkLimits(ServiceItem item, List<Violation> out) {
        TimeLimit statutory = item.statutoryLimit();
        TimeLimit promised = item.promisedLimit();
        if (statutory == null) {
            out.add(new Violation("statutoryLimit", ErrorCode.FIELD_REQUIRED, "请填写法定办结时限。"));
        }
        if (promised == null) {
            out.add(new Violation("promisedLimit", ErrorCode.FIELD_REQUIRED, "请填写承诺办结时限。"));
        }
        if (statutory == null || promised == null) {
            return;
        }
        Optional<Boolean> within = LimitComparison.within(promised, statutory);
        if (within.isEmpty()) {
            out.add(new Violation("promisedLimit", ErrorCode.LIMIT_UNITS_DIFFER,
                    ErrorCode.LIMIT_UNITS_DIFFER.defaultMessage()));
        } else if (!within.get()) {
            out.add(new Violation("promisedLimit", ErrorCode.LIMIT_PROMISED_EXCEEDS_STATUTORY,
                    "承诺办结时限（" + promised.value() + "）超过法定办结时限（" + statutory.value() + "）。"));
        }
    }

    private static void checkFee(Fee fee, List<Violation> out) {
        if (fee == null) {
            out.add(new Violation("fee", ErrorCode.FIELD_REQUIRED, "请填写是否收费。"));
        } else if (fee.charged() && (fee.amountFen() <= 0 || fee.basis() == null || fee.basis().isBlank())) {
            out.add(new Violation("fee", ErrorCode.CATALOG_RULE_VIOLATED, "收费事项须填写收费金额和收费依据。"));
        } else if (!fee.charged() && fee.amountFen() != 0) {
            out.add(new Violation("fee", ErrorCode.CATALOG_RULE_VIOLATED, "不收费事项的收费金额应为0。"));
        }
    }

    private static void checkProcedures(List<SpecialProcedure> procedures, List<Violation> out) {
        Set<SpecialProcedureKind> seen = new HashSet<>();
        for (int i = 0; i < procedures.size(); i++) {
            SpecialProcedure p = procedures.get(i);
            if (!seen.add(p.kind())) {
                out.add(new Violation("specialProcedures[" + i + "]", ErrorCode.CATALOG_RULE_VIOLATED,
                        "特别程序重复。"));
            }
            if (p.kind().statutoryExclusion() && !p.stopsClock()) {
                out.add(new Violation("specialProcedures[" + i + "].stopsClock", ErrorCode.CATALOG_RULE_VIOLATED,
                        "行政许可法第四十五条规定该特别程序所需时间不计算在办理期限内。"));
            }
        }
    }

    private static void checkContacts(Contacts contacts, List<Violation> out) {
        if (contacts == null) {
            return;
        }
        if (contacts.consultPhone() != null && !contacts.consultPhone().matches(PHONE)) {
            out.add(new Violation("contacts.consultPhone", ErrorCode.PHONE_INVALID, "咨询电话格式不正确。"));
        }
        if (contacts.supervisionPhone() != null && !contacts.supervisionPhone().matches(PHONE)) {
            out.add(new Violation("contacts.supervisionPhone", ErrorCode.PHONE_INVALID, "监督电话格式不正确。"));
        }
    }

    private static void checkMaterials(ServiceItem item, List<Violation> out) {
        Set<String> names = new HashSet<>();
        List<MaterialRequirement> materials = item.materials();
        for (int i = 0; i < materials.size(); i++) {
            MaterialRequirement m = materials.get(i);
            String at = "materials[" + i + "]";
            if (m.name().isBlank()) {
                out.add(new Violation(at + ".name", ErrorCode.FIELD_REQUIRED, "请填写材料名称。"));
            } else if (!names.add(MaterialNames.key(m.name()))) {
                out.add(new Violation(at + ".name", ErrorCode.CATALOG_RULE_VIOLATED, "材料“" + m.name() + "”重复。"));
            }
            if (m.originals() < 0 || m.copies() < 0) {
                out.add(new Violation(at, ErrorCode.CATALOG_RULE_VIOLATED, "原件和复印件份数不能为负数。"));
            }
            if (!m.required() && (m.condition() == null || m.condition().isBlank())) {
                out.add(new Violation(at + ".condition", ErrorCode.FIELD_REQUIRED,
                        "非必要材料须写明在何种情形下提交。"));
            }
            if (m.deferrable() && m.kind().neverDeferrable()) {
                out.add(new Violation(at + ".deferrable", ErrorCode.MATERIAL_NOT_DEFERRABLE,
                        "身份证明和申请表不得容缺（“" + m.name() + "”）。"));
            } else if (m.deferrable() && !item.deferralAllowed()) {
                out.add(new Violation(at + ".deferrable", ErrorCode.MATERIAL_NOT_DEFERRABLE,
                        "本事项不适用容缺受理，材料“" + m.name() + "”不能设为可容缺。"));
            }
            checkSupplementDays(item, m, at, out);
        }
    }
}
