package org.yichuang.catalogio.xlsx;

import java.util.List;
import org.yichuang.core.catalog.BundleRunMode;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.CatalogLabels;
import org.yichuang.core.catalog.Channel;
import org.yichuang.core.catalog.DeliveryOption;
import org.yichuang.core.catalog.ItemType;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.MaterialKind;
import org.yichuang.core.catalog.MaterialSource;
import org.yichuang.core.catalog.RiskCategory;
import org.yichuang.core.catalog.ServiceObject;
import org.yichuang.core.catalog.SpecialProcedureKind;

/**
 * The wording of every coded value in the workbook. Core's {@link CatalogLabels} is used where it has a label, so the
 * workbook says what the printed guide says; the rest is the wording of the GB/T 39046 code lists.
 */
final class Labels {
    static final String YES = "是";
    static final String NO = "否";
    static final List<String> YES_NO = List.of(YES, NO);
    /** 必要性: the material is always needed … */
    static final String REQUIRED = "必要";
    /** … or only in a stated situation (情形材料). */
    static final String CONDITIONAL = "情形";
    static final List<String> NECESSITY = List.of(REQUIRED, CONDITIONAL);
    /** Written after a special procedure whose time does not count toward the limit (行政许可法 Art. 45). */
    static final String STOPS_CLOCK = "不计时";
    /** Written after a special procedure whose time counts toward the limit. */
    static final String COUNTS = "计时";

    static final LabelTable<ItemType> ITEM_TYPES = itemTypes();
    static final LabelTable<LimitUnit> LIMIT_UNITS = LabelTable.of(LimitUnit.class, u -> switch (u) {
        case WORKING_DAYS -> "工作日";
        case NATURAL_DAYS -> "自然日";
        case HOURS -> "小时";
        case MONTHS -> "月";
    }).alias("个月", LimitUnit.MONTHS).alias("个工作日", LimitUnit.WORKING_DAYS);
    static final LabelTable<BundleRunMode> RUN_MODES = LabelTable.of(BundleRunMode.class, m -> switch (m) {
        case PARALLEL -> "并联办理";
        case SEQUENTIAL -> "串联办理";
    }).alias("并联", BundleRunMode.PARALLEL).alias("串联", BundleRunMode.SEQUENTIAL);
    static final LabelTable<CaseKind> CASE_KINDS = LabelTable.of(CaseKind.class, k -> switch (k) {
        case IMMEDIATE -> "即办件";
        case PROMISED -> "承诺件";
    });
    static final LabelTable<ServiceObject> SERVICE_OBJECTS =
            LabelTable.of(ServiceObject.class, CatalogLabels::serviceObject);
    static final LabelTable<Channel> CHANNELS = LabelTable.of(Channel.class, CatalogLabels::channel)
            .alias("窗口", Channel.COUNTER).alias("网上办理", Channel.ONLINE_PC).alias("电脑端", Channel.ONLINE_PC)
            .alias("移动端", Channel.MOBILE).alias("快递", Channel.EXPRESS);
    static final LabelTable<DeliveryOption> DELIVERY = LabelTable.of(DeliveryOption.class, CatalogLabels::delivery)
            .alias("窗口自取", DeliveryOption.PICK_UP).alias("自取", DeliveryOption.PICK_UP)
            .alias("邮寄", DeliveryOption.MAIL);
    static final LabelTable<SpecialProcedureKind> PROCEDURES =
            LabelTable.of(SpecialProcedureKind.class, CatalogLabels::procedure);
    static final LabelTable<RiskCategory> RISK_CATEGORIES = LabelTable.of(RiskCategory.class, RiskCategory::label);
    static final LabelTable<MaterialKind> MATERIAL_KINDS = LabelTable.of(MaterialKind.class, k -> switch (k) {
        case IDENTITY_DOCUMENT -> "身份证明";
        case APPLICATION_FORM -> "申请表";
        case OTHER -> "其他";
    }).alias("申请书", MaterialKind.APPLICATION_FORM);
    static final LabelTable<MaterialSource> SOURCES = LabelTable.of(MaterialSource.class, CatalogLabels::source)
            .alias("自备", MaterialSource.APPLICANT).alias("共享", MaterialSource.SHARED);

    private Labels() {
    }

    /** Also reads the two-digit national code ({@code 01}), as provincial exports often carry it. */
    private static LabelTable<ItemType> itemTypes() {
        LabelTable<ItemType> table = LabelTable.of(ItemType.class, ItemType::label);
        for (ItemType type : ItemType.values()) {
            table.alias(type.code(), type);
        }
        return table;
    }
}
