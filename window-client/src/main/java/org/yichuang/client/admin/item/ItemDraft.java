package org.yichuang.client.admin.item;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.yichuang.client.admin.item.clock.StepLimitRow;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.Channel;
import org.yichuang.core.catalog.Contacts;
import org.yichuang.core.catalog.DeliveryOption;
import org.yichuang.core.catalog.Fee;
import org.yichuang.core.catalog.ItemType;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.RiskCategory;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceObject;
import org.yichuang.core.catalog.SpecialProcedure;
import org.yichuang.core.catalog.TimeLimit;

/**
 * The item (事项) as the administrator is typing it: text exactly as typed, so the caret never jumps, and
 * {@link #toItem()} for the record the rules check and the server stores (trimmed, blank → absent).
 */
public final class ItemDraft {
    public String baseCode = "";
    public String implementationCode = "";
    public String name = "";
    /** 简称, as typed: several separated by 、 (社保、社保卡). */
    public String aliases = "";
    public ItemType itemType;
    public String department = "";
    public String departmentCreditCode = "";
    public String legalBasis = "";
    public int statutoryValue;
    public LimitUnit statutoryUnit = LimitUnit.WORKING_DAYS;
    public int promisedValue;
    public LimitUnit promisedUnit = LimitUnit.WORKING_DAYS;
    public CaseKind caseKind;
    public String conditions = "";
    /** 办理流程, one step per line. */
    public String processSteps = "";
    public boolean charged;
    public long amountFen;
    public String feeBasis = "";
    public Set<ServiceObject> serviceObjects = EnumSet.noneOf(ServiceObject.class);
    public Set<Channel> channels = EnumSet.noneOf(Channel.class);
    public int visits;
    public List<SpecialProcedure> specialProcedures = new ArrayList<>();
    public String resultName = "";
    public Set<DeliveryOption> deliveryOptions = EnumSet.noneOf(DeliveryOption.class);
    public boolean deferralAllowed;
    public String consultPhone = "";
    public String supervisionPhone = "";
    public String officeHours = "";
    public String place = "";
    public List<MaterialRequirement> materials = new ArrayList<>();
    /** 最多延期次数 (行政许可法 Art. 42). */
    public int maxExtensions = ServiceItem.DEFAULT_MAX_EXTENSIONS;
    /** 联合办理: an extension adds 15 working days instead of 10. */
    public boolean jointHandling;
    /** 环节时限 as typed, in order; rows may be blank or repeat a step until fixed. */
    public List<StepLimitRow> stepLimits = new ArrayList<>();
    // issue 10: intake fields, edited on the 受理规则 tab
    /** 风险类别. */
    public RiskCategory riskCategory = RiskCategory.NONE;
    /** 适用告知承诺. */
    public boolean commitmentAllowed;
    /** 告知承诺 核查期限 (working days), or null for the default; kept while 告知承诺 is off, but not saved then. */
    public Integer postCheckWorkingDays;
    /** 印章所属机关, or null for the department. */
    public String sealOwner;
    /** 老年人权益保障法 Art. 55: ask for genuine intent. */
    public boolean askGenuineIntent;

    /** A new item as most licences start: 20 working days (行政许可法 Art. 42), free, at the counter, picked up. */
    public static ItemDraft blank() {
        ItemDraft d = new ItemDraft();
        d.itemType = ItemType.LICENSING;
        d.caseKind = CaseKind.PROMISED;
        d.statutoryValue = 20;
        d.promisedValue = 20;
        d.visits = 1;
        d.channels.add(Channel.COUNTER);
        d.deliveryOptions.add(DeliveryOption.PICK_UP);
        return d;
    }

    /** Copies a stored item into a draft. */
    public static ItemDraft of(ServiceItem item) {
        ItemDraft d = new ItemDraft();
        d.baseCode = text(item.baseCode());
        d.implementationCode = text(item.implementationCode());
        d.name = text(item.name());
        d.aliases = String.join(ALIAS_SEPARATOR, item.aliases());
        d.itemType = item.itemType();
        d.department = text(item.department());
        d.departmentCreditCode = text(item.departmentCreditCode());
        d.legalBasis = text(item.legalBasis());
        if (item.statutoryLimit() != null) {
            d.statutoryValue = item.statutoryLimit().value();
            d.statutoryUnit = item.statutoryLimit().unit();
        }
        if (item.promisedLimit() != null) {
            d.promisedValue = item.promisedLimit().value();
            d.promisedUnit = item.promisedLimit().unit();
        }
        d.caseKind = item.caseKind();
        d.conditions = text(item.conditions());
        d.processSteps = String.join("\n", item.processSteps());
        Fee fee = item.fee() == null ? Fee.FREE : item.fee();
        d.charged = fee.charged();
        d.amountFen = fee.amountFen();
        d.feeBasis = text(fee.basis());
        d.serviceObjects = copy(item.serviceObjects(), ServiceObject.class);
        d.channels = copy(item.channels(), Channel.class);
        d.visits = item.visits();
        d.specialProcedures = new ArrayList<>(item.specialProcedures());
        d.resultName = text(item.resultName());
        d.deliveryOptions = copy(item.deliveryOptions(), DeliveryOption.class);
        d.deferralAllowed = item.deferralAllowed();
        Contacts c = item.contacts();
        if (c != null) {
            d.consultPhone = text(c.consultPhone());
            d.supervisionPhone = text(c.supervisionPhone());
            d.officeHours = text(c.officeHours());
            d.place = text(c.place());
        }
        d.materials = new ArrayList<>(item.materials());
        d.maxExtensions = item.maxExtensions();
        d.jointHandling = item.jointHandling();
        d.stepLimits = StepLimitRow.of(item.stepLimits());
        d.riskCategory = item.riskCategory();
        d.commitmentAllowed = item.commitmentAllowed();
        d.postCheckWorkingDays = item.postCheckWorkingDays();
        d.sealOwner = item.sealOwner();
        d.askGenuineIntent = item.askGenuineIntent();
        return d;
    }

    /** Returns a new item with the same content: codes cleared and the name marked, so it cannot overwrite. */
    public ItemDraft duplicate(String nameSuffix) {
        ItemDraft d = of(toItem());
        d.implementationCode = "";
        d.name = name.strip() + nameSuffix;
        return d;
    }

    /** Builds the record: text trimmed, blank text absent, one process step per non-blank line. */
    public ServiceItem toItem() {
        List<String> steps = Arrays.stream(processSteps.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        // the amount and basis fields are disabled while 不收费, so what they still hold is not part of the item; the
        // same holds for the 核查期限 while 告知承诺 is off
        Fee fee = charged ? new Fee(true, amountFen, orNull(feeBasis)) : Fee.FREE;
        Contacts contacts = new Contacts(orNull(consultPhone), orNull(supervisionPhone), orNull(officeHours),
                orNull(place));
        if (contacts.equals(new Contacts(null, null, null, null))) {
            contacts = null;
        }
        return new ServiceItem(orNull(baseCode), orNull(implementationCode), orNull(name), itemType,
                orNull(department), orNull(departmentCreditCode), orNull(legalBasis),
                new TimeLimit(Math.max(0, statutoryValue), statutoryUnit),
                new TimeLimit(Math.max(0, promisedValue), promisedUnit), caseKind, orNull(conditions), steps, fee,
                serviceObjects, channels, visits, specialProcedures, orNull(resultName), deliveryOptions,
                deferralAllowed, contacts, materials, aliasList(), maxExtensions, jointHandling,
                StepLimitRow.toMap(stepLimits), riskCategory, commitmentAllowed,
                commitmentAllowed ? postCheckWorkingDays : null, orNull(sealOwner), askGenuineIntent);
    }

    /** Separates several 简称 in the one field, as in the workbook's 简称 column. */
    public static final String ALIAS_SEPARATOR = "、";

    private List<String> aliasList() {
        return Arrays.stream(aliases.split("[、,，;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Returns the procedure of that kind, or null when the item does not allow it. */
    public SpecialProcedure procedure(org.yichuang.core.catalog.SpecialProcedureKind kind) {
        return specialProcedures.stream().filter(p -> p.kind() == kind).findFirst().orElse(null);
    }

    /** Trims; blank becomes null, as the catalog format leaves empty optional text out. */
    public static String orNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
