package org.yichuang.core.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Builds valid service items for tests; each setter changes one field so a test states only what matters. */
public final class ServiceItemBuilder {
    /** A real-looking county health bureau code (valid GB 32100 check character). */
    public static final String HEALTH_BUREAU = "11450721MB15580811";

    String baseCode = "000104002000";
    String implementationCode = HEALTH_BUREAU + "4" + "000104002000";
    String name = "公共场所卫生许可证核发";
    ItemType itemType = ItemType.LICENSING;
    String department = "示范县卫生健康局";
    String departmentCreditCode = HEALTH_BUREAU;
    TimeLimit statutory = TimeLimit.workingDays(20);
    TimeLimit promised = TimeLimit.workingDays(5);
    CaseKind caseKind = CaseKind.PROMISED;
    Fee fee = Fee.FREE;
    boolean deferralAllowed = true;
    int visits = 1;
    List<SpecialProcedure> procedures = new ArrayList<>(List.of(
            new SpecialProcedure(SpecialProcedureKind.SITE_SURVEY, true)));
    List<MaterialRequirement> materials = new ArrayList<>(List.of(
            material("申请人身份证明", MaterialKind.IDENTITY_DOCUMENT, false),
            material("公共场所卫生许可申请表", MaterialKind.APPLICATION_FORM, false),
            material("卫生检测报告", MaterialKind.OTHER, true)));
    int maxExtensions = ServiceItem.DEFAULT_MAX_EXTENSIONS;
    boolean jointHandling;
    Map<String, Integer> stepLimits = Map.of();
    Contacts contacts = new Contacts("0771-1234567", "12345", "周一至周五 9:00-17:00", "政务服务中心二楼");

    /** Returns a material that is required, one original and one copy, brought by the applicant. */
    public static MaterialRequirement material(String name, MaterialKind kind, boolean deferrable) {
        return new MaterialRequirement(name, kind, 1, 1, "A4", null, MaterialSource.APPLICANT, true, null,
                deferrable, null, null);
    }

    /** Sets the implementation and base codes. */
    public ServiceItemBuilder codes(String implementationCode, String baseCode) {
        this.implementationCode = implementationCode;
        this.baseCode = baseCode;
        return this;
    }

    /** Sets the name. */
    public ServiceItemBuilder name(String name) {
        this.name = name;
        return this;
    }

    /** Sets both limits. */
    public ServiceItemBuilder limits(TimeLimit statutory, TimeLimit promised) {
        this.statutory = statutory;
        this.promised = promised;
        return this;
    }

    /** Sets the case kind. */
    public ServiceItemBuilder caseKind(CaseKind caseKind) {
        this.caseKind = caseKind;
        return this;
    }

    /** Sets whether 容缺受理 applies. */
    public ServiceItemBuilder deferralAllowed(boolean allowed) {
        this.deferralAllowed = allowed;
        return this;
    }

    /** Sets the fee. */
    public ServiceItemBuilder fee(Fee fee) {
        this.fee = fee;
        return this;
    }

    /** Sets the department's credit code. */
    public ServiceItemBuilder departmentCreditCode(String code) {
        this.departmentCreditCode = code;
        return this;
    }

    /** Replaces the materials. */
    public ServiceItemBuilder materials(MaterialRequirement... materials) {
        this.materials = new ArrayList<>(List.of(materials));
        return this;
    }

    /** Replaces the special procedures. */
    public ServiceItemBuilder procedures(SpecialProcedure... procedures) {
        this.procedures = new ArrayList<>(List.of(procedures));
        return this;
    }

    /** Builds the item. */
    /** Sets the clock fields: 延期次数, 联合办理 and 环节时限 (steps of 受理, 审查, 决定, 送达). */
    public ServiceItemBuilder clockRules(int maxExtensions, boolean jointHandling, Map<String, Integer> stepLimits) {
        this.maxExtensions = maxExtensions;
        this.jointHandling = jointHandling;
        this.stepLimits = stepLimits;
        return this;
    }

    public ServiceItem build() {
        return new ServiceItem(baseCode, implementationCode, name, itemType, department, departmentCreditCode,
                "《公共场所卫生管理条例》第八条", statutory, promised, caseKind, "具备相应卫生条件",
                List.of("受理", "审查", "决定", "送达"), fee, EnumSet.of(ServiceObject.ENTERPRISE),
                EnumSet.of(Channel.COUNTER, Channel.ONLINE_PC), visits, procedures, "公共场所卫生许可证",
                EnumSet.of(DeliveryOption.PICK_UP, DeliveryOption.MAIL), deferralAllowed, contacts, materials, List.of(), maxExtensions, jointHandling, stepLimits);
    }
}
