package org.yichuang.core.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service item (政务服务事项) as the hall keeps it in its implementation list (实施清单, GB/T 39046 表4).
 * Validity is checked as a whole by {@link ServiceItemRules} so an import can report every problem at once.
 *
 * @param baseCode             基本编码
 * @param implementationCode   实施编码
 * @param department           实施主体 name
 * @param departmentCreditCode 实施主体 unified social credit code
 * @param legalBasis           设定依据
 * @param conditions           受理条件
 * @param processSteps         办理流程, in order
 * @param visits               到现场次数 (跑动次数)
 * @param resultName           审批结果名称
 * @param deferralAllowed      whether 容缺受理 applies to this item at all
 * @param aliases              简称: the short names clerks type (社保, 公积金), searched like the name
 * @param maxExtensions        延期次数上限 under 行政许可法 Art. 42 (one unless the item's own law says otherwise);
 *                             absent in older JSON: {@value #DEFAULT_MAX_EXTENSIONS}
 * @param jointHandling        联合办理/统一办理 (Art. 42(2)): an extension adds 15 working days instead of 10
 * @param stepLimits           环节时限: working days per back-office step, named as in {@code processSteps}, in order
 * @param riskCategory         风险类别: a risky item allows neither 告知承诺 nor (unless the hall allows it) 容缺;
 *                             absent: {@link RiskCategory#NONE}
 * @param commitmentAllowed    whether 告知承诺制 applies (decided on the applicant's written promise, checked later)
 * @param postCheckWorkingDays 告知承诺 核查期限: working days after the decision to verify the promise; absent on an item
 *                             allowing 告知承诺: {@value #DEFAULT_POST_CHECK_DAYS} (浙江 Art. 14)
 * @param sealOwner            印章所属机关 (委托机关) whose seal the counter's documents bear; absent: the department
 * @param askGenuineIntent     老年人权益保障法 Art. 55: the clerk must ask whether it is the applicant's genuine intent
 */
public record ServiceItem(String baseCode, String implementationCode, String name, ItemType itemType,
        String department, String departmentCreditCode, String legalBasis, TimeLimit statutoryLimit,
        TimeLimit promisedLimit, CaseKind caseKind, String conditions, List<String> processSteps, Fee fee,
        Set<ServiceObject> serviceObjects, Set<Channel> channels, int visits, List<SpecialProcedure> specialProcedures,
        String resultName, Set<DeliveryOption> deliveryOptions, boolean deferralAllowed, Contacts contacts,
        List<MaterialRequirement> materials, List<String> aliases, Integer maxExtensions, Boolean jointHandling,
        Map<String, Integer> stepLimits, RiskCategory riskCategory, Boolean commitmentAllowed,
        Integer postCheckWorkingDays, String sealOwner, Boolean askGenuineIntent) {

    /** Working days to verify a 告知承诺 promise when the item says nothing (浙江 Art. 14: 六十个工作日). */
    public static final int DEFAULT_POST_CHECK_DAYS = 60;

    /** Extensions an item allows when it says nothing (Art. 42: "可以延长十日", once). */
    public static final int DEFAULT_MAX_EXTENSIONS = 1;

    /** Copies the collections so an item never changes after validation; absent clock fields take their defaults. */
    public ServiceItem {
        processSteps = processSteps == null ? List.of() : List.copyOf(processSteps);
        serviceObjects = serviceObjects == null ? Set.of() : Set.copyOf(serviceObjects);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        specialProcedures = specialProcedures == null ? List.of() : List.copyOf(specialProcedures);
        deliveryOptions = deliveryOptions == null ? Set.of() : Set.copyOf(deliveryOptions);
        materials = materials == null ? List.of() : List.copyOf(materials);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        maxExtensions = maxExtensions == null ? DEFAULT_MAX_EXTENSIONS : maxExtensions;
        jointHandling = jointHandling != null && jointHandling;
        // insertion order is the steps' order; a null value is kept for the rules to report
        stepLimits = stepLimits == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(stepLimits));
        riskCategory = riskCategory == null ? RiskCategory.NONE : riskCategory;
        commitmentAllowed = commitmentAllowed != null && commitmentAllowed;
        if (postCheckWorkingDays == null && commitmentAllowed) {
            postCheckWorkingDays = DEFAULT_POST_CHECK_DAYS;
        }
        sealOwner = sealOwner == null || sealOwner.isBlank() ? null : sealOwner.strip();
        askGenuineIntent = askGenuineIntent != null && askGenuineIntent;
    }

    /** An item with the default intake fields (no risk, no 告知承诺, the department's seal, no intent question). */
    public ServiceItem(String baseCode, String implementationCode, String name, ItemType itemType,
            String department, String departmentCreditCode, String legalBasis, TimeLimit statutoryLimit,
            TimeLimit promisedLimit, CaseKind caseKind, String conditions, List<String> processSteps, Fee fee,
            Set<ServiceObject> serviceObjects, Set<Channel> channels, int visits,
            List<SpecialProcedure> specialProcedures, String resultName, Set<DeliveryOption> deliveryOptions,
            boolean deferralAllowed, Contacts contacts, List<MaterialRequirement> materials, List<String> aliases,
            Integer maxExtensions, Boolean jointHandling, Map<String, Integer> stepLimits) {
        this(baseCode, implementationCode, name, itemType, department, departmentCreditCode, legalBasis,
                statutoryLimit, promisedLimit, caseKind, conditions, processSteps, fee, serviceObjects, channels,
                visits, specialProcedures, resultName, deliveryOptions, deferralAllowed, contacts, materials,
                aliases, maxExtensions, jointHandling, stepLimits, null, null, null, null, null);
    }

    /** An item with the default clock fields (one extension, not joint, no step limits). */
    public ServiceItem(String baseCode, String implementationCode, String name, ItemType itemType,
            String department, String departmentCreditCode, String legalBasis, TimeLimit statutoryLimit,
            TimeLimit promisedLimit, CaseKind caseKind, String conditions, List<String> processSteps, Fee fee,
            Set<ServiceObject> serviceObjects, Set<Channel> channels, int visits,
            List<SpecialProcedure> specialProcedures, String resultName, Set<DeliveryOption> deliveryOptions,
            boolean deferralAllowed, Contacts contacts, List<MaterialRequirement> materials, List<String> aliases) {
        this(baseCode, implementationCode, name, itemType, department, departmentCreditCode, legalBasis,
                statutoryLimit, promisedLimit, caseKind, conditions, processSteps, fee, serviceObjects, channels,
                visits, specialProcedures, resultName, deliveryOptions, deferralAllowed, contacts, materials,
                aliases, null, null, null);
    }

    /** An item without short names (简称). */
    public ServiceItem(String baseCode, String implementationCode, String name, ItemType itemType,
            String department, String departmentCreditCode, String legalBasis, TimeLimit statutoryLimit,
            TimeLimit promisedLimit, CaseKind caseKind, String conditions, List<String> processSteps, Fee fee,
            Set<ServiceObject> serviceObjects, Set<Channel> channels, int visits,
            List<SpecialProcedure> specialProcedures, String resultName, Set<DeliveryOption> deliveryOptions,
            boolean deferralAllowed, Contacts contacts, List<MaterialRequirement> materials) {
        this(baseCode, implementationCode, name, itemType, department, departmentCreditCode, legalBasis,
                statutoryLimit, promisedLimit, caseKind, conditions, processSteps, fee, serviceObjects, channels,
                visits, specialProcedures, resultName, deliveryOptions, deferralAllowed, contacts, materials,
                List.of());
    }

    /** Returns a copy with these short names (简称). */
    public ServiceItem withAliases(List<String> value) {
        return new ServiceItem(baseCode, implementationCode, name, itemType, department, departmentCreditCode,
                legalBasis, statutoryLimit, promisedLimit, caseKind, conditions, processSteps, fee, serviceObjects,
                channels, visits, specialProcedures, resultName, deliveryOptions, deferralAllowed, contacts,
                materials, value, maxExtensions, jointHandling, stepLimits, riskCategory, commitmentAllowed,
                postCheckWorkingDays, sealOwner, askGenuineIntent);
    }

    /** Returns a copy with these clock fields (延期次数, 联合办理, 环节时限). */
    public ServiceItem withClockRules(int maxExtensions, boolean jointHandling, Map<String, Integer> stepLimits) {
        return new ServiceItem(baseCode, implementationCode, name, itemType, department, departmentCreditCode,
                legalBasis, statutoryLimit, promisedLimit, caseKind, conditions, processSteps, fee, serviceObjects,
                channels, visits, specialProcedures, resultName, deliveryOptions, deferralAllowed, contacts,
                materials, aliases, maxExtensions, jointHandling, stepLimits, riskCategory, commitmentAllowed,
                postCheckWorkingDays, sealOwner, askGenuineIntent);
    }

    /** Returns a copy with these intake fields (风险类别, 告知承诺 and its 核查期限, 印章所属机关, 真实意思询问). */
    public ServiceItem withIntakeRules(RiskCategory risk, boolean commitment, Integer postCheckDays, String seal,
            boolean askIntent) {
        return new ServiceItem(baseCode, implementationCode, name, itemType, department, departmentCreditCode,
                legalBasis, statutoryLimit, promisedLimit, caseKind, conditions, processSteps, fee, serviceObjects,
                channels, visits, specialProcedures, resultName, deliveryOptions, deferralAllowed, contacts,
                materials, aliases, maxExtensions, jointHandling, stepLimits, risk, commitment, postCheckDays, seal,
                askIntent);
    }

    /** Returns a copy with these materials. */
    public ServiceItem withMaterials(List<MaterialRequirement> value) {
        return new ServiceItem(baseCode, implementationCode, name, itemType, department, departmentCreditCode,
                legalBasis, statutoryLimit, promisedLimit, caseKind, conditions, processSteps, fee, serviceObjects,
                channels, visits, specialProcedures, resultName, deliveryOptions, deferralAllowed, contacts,
                value, aliases, maxExtensions, jointHandling, stepLimits, riskCategory, commitmentAllowed,
                postCheckWorkingDays, sealOwner, askGenuineIntent);
    }

    /** Returns the authority whose seal the counter's documents bear (印章所属机关): the seal owner or the department. */
    public String sealOwnerOrDepartment() {
        return sealOwner != null ? sealOwner : department;
    }

    /**
     * Returns true when an applicant may be accepted with deferred materials (容缺受理) here: the item allows it, it is
     * not a 即办件, and its risk category does not exclude it unless the hall allows risky items to defer (RULES.md
     * §2.2). The guide advertises 容缺 exactly when this is true; IntakeRules refuses it, naming the reason, otherwise.
     */
    public boolean offersDeferral(boolean riskyItemsMayDefer) {
        return deferralAllowed && caseKind != CaseKind.IMMEDIATE && (!riskCategory.risky() || riskyItemsMayDefer);
    }

    /** Returns true when 告知承诺制 applies: the item allows it and no risk category excludes it (RULES.md §2.4). */
    public boolean offersCommitment() {
        return commitmentAllowed && !riskCategory.risky();
    }
}
