package org.yichuang.catalogio.xlsx;

import static org.yichuang.catalogio.xlsx.ColumnKind.CHOICE;
import static org.yichuang.catalogio.xlsx.ColumnKind.CHOICES;
import static org.yichuang.catalogio.xlsx.ColumnKind.INTEGER;
import static org.yichuang.catalogio.xlsx.ColumnKind.LINES;
import static org.yichuang.catalogio.xlsx.ColumnKind.MONEY;
import static org.yichuang.catalogio.xlsx.ColumnKind.TEXT;
import static org.yichuang.catalogio.xlsx.ColumnKind.YES_NO;

import java.util.List;
import org.yichuang.core.catalog.CatalogLabels;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceItemRules;

/** The 事项 sheet: one row per item, columns named as in GB/T 39046 表4 and the halls' 实施清单. */
final class ItemSheet {
    static final String NAME = "事项";
    /** Several 简称 share one cell, separated as the other multi-value cells are. */
    static final String ALIAS_SEPARATOR = "、";

    static final Column IMPLEMENTATION_CODE = Column.of("实施编码", TEXT, "implementationCode", 34,
            "31位标准实施编码（实施主体统一社会信用代码18位 + 行使层级1位 + 基本编码12位），或省级平台使用的其他编码"
                    + "（字母、数字、连字符，不超过64位）。本文件内不得重复。").mandatory();
    static final Column BASE_CODE = Column.of("基本编码", TEXT, "baseCode", 16,
            "12位：来源2位 + 事项类型2位 + 主项5位 + 子项3位；须与标准实施编码的后12位一致。").mandatory();
    static final Column ITEM_NAME = Column.of("事项名称", TEXT, "name", 30, "事项的规范名称。").mandatory();
    static final Column ALIASES = Column.of("简称", TEXT, "aliases", 18,
            "可选。窗口人员常用的简称，可填多个，用顿号“、”分隔，如 社保、社保卡；每个不超过20个字。")
            .alsoCalled("事项简称");
    static final Column ITEM_TYPE = Column.of("事项类型", CHOICE, "itemType", 14,
            "GB/T 39046 事项类型名称（也可填两位代码，如 01）。").mandatory().allowing(Labels.ITEM_TYPES.labels());
    static final Column DEPARTMENT = Column.of("实施主体", TEXT, "department", 24, "实施主体（部门）名称。")
            .mandatory().alsoCalled("实施主体名称");
    static final Column CREDIT_CODE = Column.of("实施主体统一社会信用代码", TEXT, "departmentCreditCode", 22,
            "18位，GB 32100 校验位须正确。").mandatory().alsoCalled("实施主体编码");
    static final Column LEGAL_BASIS = Column.of("设定依据", TEXT, "legalBasis", 40, "法律法规名称（用《》）及条款。");
    static final Column STATUTORY = Column.of("法定办结时限", INTEGER, "statutoryLimit", 10,
            "整数；没有法律规定的，填实施清单公布的时限。").mandatory();
    static final Column STATUTORY_UNIT = Column.of("法定办结时限单位", CHOICE, "statutoryLimit.unit", 10,
            "时限的单位。").mandatory().allowing(Labels.LIMIT_UNITS.labels());
    static final Column PROMISED = Column.of("承诺办结时限", INTEGER, "promisedLimit", 10,
            "整数，不得超过法定办结时限（小时按每个工作日8小时折算）；即办件填 0。").mandatory();
    static final Column PROMISED_UNIT = Column.of("承诺办结时限单位", CHOICE, "promisedLimit.unit", 10,
            "时限的单位。").mandatory().allowing(Labels.LIMIT_UNITS.labels());
    static final Column CASE_KIND = Column.of("办件类型", CHOICE, "caseKind", 10, "即办件当场办结；承诺件在承诺时限内办结。")
            .mandatory().allowing(Labels.CASE_KINDS.labels());
    static final Column CONDITIONS = Column.of("受理条件", TEXT, "conditions", 40, "申请人须具备的条件。");
    static final Column PROCESS = Column.of("办理流程", LINES, "processSteps", 16, "每行一个环节，按先后顺序。");
    static final Column FEE_CHARGED = Column.of("是否收费", YES_NO, "fee", 8, "是 或 否。").mandatory()
            .allowing(Labels.YES_NO);
    static final Column FEE_AMOUNT = Column.of("收费金额（元）", MONEY, "fee.amountFen", 12,
            "以元为单位，最多两位小数；不收费的留空。").alsoCalled("收费金额", "收费标准（元）");
    static final Column FEE_BASIS = Column.of("收费依据", TEXT, "fee.basis", 30, "收费的须填写收费依据。");
    static final Column SERVICE_OBJECTS = Column.of("服务对象", CHOICES, "serviceObjects", 20,
            "可填多项，用顿号“、”分隔。").allowing(Labels.SERVICE_OBJECTS.labels());
    static final Column CHANNELS = Column.of("办理渠道", CHOICES, "channels", 24, "可填多项，用顿号“、”分隔。")
            .allowing(Labels.CHANNELS.labels()).alsoCalled("办理形式");
    static final Column VISITS = Column.of("到现场次数", INTEGER, "visits", 10, "整数，0 表示零跑动。")
            .alsoCalled("跑动次数");
    static final Column PROCEDURES = Column.of("特别程序", TEXT, "specialProcedures", 22,
            "可填多项，用顿号“、”分隔，每项注明是否计入办理时限，如 专家评审（不计时）、现场勘验（计时）。"
                    + "行政许可法第四十五条所列的听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审一律不计时，可不注明。")
            .allowing(procedureLabels());
    static final Column RESULT_NAME = Column.of("审批结果名称", TEXT, "resultName", 20, "如 某某许可证。");
    static final Column DELIVERY = Column.of("送达方式", CHOICES, "deliveryOptions", 18, "可填多项，用顿号“、”分隔。")
            .allowing(Labels.DELIVERY.labels());
    static final Column DEFERRAL = Column.of("是否容缺受理", YES_NO, "deferralAllowed", 10,
            "是 或 否（留空为否）；即办件不适用容缺受理。").allowing(Labels.YES_NO);
    static final Column CONSULT_PHONE = Column.of("咨询电话", TEXT, "contacts.consultPhone", 14, "电话号码。");
    static final Column SUPERVISION_PHONE = Column.of("监督投诉电话", TEXT, "contacts.supervisionPhone", 14,
            "电话号码，如 12345。");
    static final Column OFFICE_HOURS = Column.of("办公时间", TEXT, "contacts.officeHours", 30, "办理时间。")
            .alsoCalled("办理时间");
    static final Column PLACE = Column.of("办理地点", TEXT, "contacts.place", 30, "办理地点。");

    static final Column MAX_EXTENSIONS = Column.of("最多延期次数", INTEGER, "maxExtensions", 10,
            "整数0–" + ServiceItemRules.MAX_EXTENSIONS + "，留空为" + ServiceItem.DEFAULT_MAX_EXTENSIONS
                    + "（行政许可法第四十二条：一般可延长一次）。").alsoCalled("延期次数");
    static final Column JOINT_HANDLING = Column.of("联合办理", YES_NO, "jointHandling", 10,
            "是 或 否（留空为否）；统一办理、联合办理、集中办理的事项每次延期15个工作日，其他事项10个工作日"
                    + "（行政许可法第四十二条）。").allowing(Labels.YES_NO).alsoCalled("统一办理", "集中办理");
    static final Column STEP_LIMITS = Column.of("环节时限", TEXT, "stepLimits", 22,
            "可选。每行一个环节，写作“环节名称：工作日数”，如 受理：1；环节须是办理流程中的环节，不得重复，"
                    + "每个环节1–" + ServiceItemRules.MAX_STEP_DAYS + "个工作日，合计不超过承诺办结时限。")
            .alsoCalled("环节时限（工作日）");

    // issue 10: what intake needs (风险类别, 告知承诺, 印章, 真实意思询问)
    static final Column RISK = Column.of("风险类别", CHOICE, "riskCategory", 12,
            "公共安全、生态环境、人身健康、生命财产安全 或 无（留空为无）；有风险类别的事项不适用告知承诺，"
                    + "除大厅配置允许外也不适用容缺受理。").allowing(Labels.RISK_CATEGORIES.labels());
    static final Column COMMITMENT = Column.of("适用告知承诺", YES_NO, "commitmentAllowed", 10,
            "是 或 否（留空为否）；按申请人书面承诺当场决定，事后核查。").allowing(Labels.YES_NO).alsoCalled("告知承诺");
    static final Column POST_CHECK = Column.of("承诺核查期限", INTEGER, "postCheckWorkingDays", 10,
            "工作日，1–" + ServiceItemRules.MAX_POST_CHECK_DAYS + "；适用告知承诺时留空为"
                    + ServiceItem.DEFAULT_POST_CHECK_DAYS + "个工作日。").alsoCalled("核查期限");
    static final Column SEAL_OWNER = Column.of("印章所属机关", TEXT, "sealOwner", 20,
            "受理文书加盖印章的机关（委托机关）；留空为实施主体。").alsoCalled("委托机关");
    static final Column ASK_INTENT = Column.of("询问真实意思", YES_NO, "askGenuineIntent", 10,
            "是 或 否（留空为否）；房屋权属变更、户口迁移等须询问是否为老年人的真实意思表示（老年人权益保障法第五十五条）。")
            .allowing(Labels.YES_NO);

    static final List<Column> COLUMNS = List.of(IMPLEMENTATION_CODE, BASE_CODE, ITEM_NAME, ITEM_TYPE, DEPARTMENT,
            CREDIT_CODE, LEGAL_BASIS, STATUTORY, STATUTORY_UNIT, PROMISED, PROMISED_UNIT, CASE_KIND, CONDITIONS,
            PROCESS, FEE_CHARGED, FEE_AMOUNT, FEE_BASIS, SERVICE_OBJECTS, CHANNELS, VISITS, PROCEDURES, RESULT_NAME,
            DELIVERY, DEFERRAL, CONSULT_PHONE, SUPERVISION_PHONE, OFFICE_HOURS, PLACE, ALIASES,
            MAX_EXTENSIONS, JOINT_HANDLING, STEP_LIMITS, RISK, COMMITMENT, POST_CHECK, SEAL_OWNER, ASK_INTENT);

    private ItemSheet() {
    }

    private static List<String> procedureLabels() {
        return Labels.PROCEDURES.labels().stream().map(l -> l + "（" + Labels.STOPS_CLOCK + "）").toList();
    }

    /** Writes one item's row. */
    static void write(RowWriter row, ServiceItem item) {
        row.text(IMPLEMENTATION_CODE, item.implementationCode());
        row.text(BASE_CODE, item.baseCode());
        row.text(ITEM_NAME, item.name());
        row.text(ALIASES, item.aliases().isEmpty() ? null : String.join(ALIAS_SEPARATOR, item.aliases()));
        row.text(ITEM_TYPE, item.itemType() == null ? null : Labels.ITEM_TYPES.label(item.itemType()));
        row.text(DEPARTMENT, item.department());
        row.text(CREDIT_CODE, item.departmentCreditCode());
        row.text(LEGAL_BASIS, item.legalBasis());
        if (item.statutoryLimit() != null) {
            row.integer(STATUTORY, item.statutoryLimit().value());
            row.text(STATUTORY_UNIT, Labels.LIMIT_UNITS.label(item.statutoryLimit().unit()));
        }
        if (item.promisedLimit() != null) {
            row.integer(PROMISED, item.promisedLimit().value());
            row.text(PROMISED_UNIT, Labels.LIMIT_UNITS.label(item.promisedLimit().unit()));
        }
        row.text(CASE_KIND, item.caseKind() == null ? null : Labels.CASE_KINDS.label(item.caseKind()));
        row.text(CONDITIONS, item.conditions());
        row.lines(PROCESS, item.processSteps());
        if (item.fee() != null) {
            row.yesNo(FEE_CHARGED, item.fee().charged());
            if (item.fee().charged() || item.fee().amountFen() != 0) {
                row.fen(FEE_AMOUNT, item.fee().amountFen());
            }
            row.text(FEE_BASIS, item.fee().basis());
        }
        row.text(SERVICE_OBJECTS, joined(item.serviceObjects().isEmpty(), CatalogLabels.join(item.serviceObjects(),
                Labels.SERVICE_OBJECTS::label)));
        row.text(CHANNELS, joined(item.channels().isEmpty(), CatalogLabels.join(item.channels(),
                Labels.CHANNELS::label)));
        row.integer(VISITS, item.visits());
        row.text(PROCEDURES, ProcedureCells.write(item.specialProcedures()));
        row.text(RESULT_NAME, item.resultName());
        row.text(DELIVERY, joined(item.deliveryOptions().isEmpty(), CatalogLabels.join(item.deliveryOptions(),
                Labels.DELIVERY::label)));
        row.yesNo(DEFERRAL, item.deferralAllowed());
        if (item.contacts() != null) {
            row.text(CONSULT_PHONE, item.contacts().consultPhone());
            row.text(SUPERVISION_PHONE, item.contacts().supervisionPhone());
            row.text(OFFICE_HOURS, item.contacts().officeHours());
            row.text(PLACE, item.contacts().place());
        }
        row.integer(MAX_EXTENSIONS, item.maxExtensions());
        row.yesNo(JOINT_HANDLING, item.jointHandling());
        row.text(STEP_LIMITS, StepLimitCells.write(item.stepLimits()));
        row.text(RISK, item.riskCategory().risky() ? Labels.RISK_CATEGORIES.label(item.riskCategory()) : null);
        row.yesNo(COMMITMENT, item.commitmentAllowed());
        if (item.postCheckWorkingDays() != null) {
            row.integer(POST_CHECK, item.postCheckWorkingDays());
        }
        row.text(SEAL_OWNER, item.sealOwner());
        row.yesNo(ASK_INTENT, item.askGenuineIntent());
    }

    /** An empty set is an empty cell, not core's printed 无. */
    private static String joined(boolean empty, String labels) {
        return empty ? null : labels;
    }
}
