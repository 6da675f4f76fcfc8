package org.yichuang.core.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Chinese wording of catalogue values as printed in 办事指南 and shown on the public guide page, the workbook and
 * the editor (GB/T 39046 附录A names), so every place says the same thing.
 */
public final class CatalogLabels {
    /** Printed where the catalogue has nothing, so an empty cell never reads as "forgotten". */
    public static final String NONE = "无";

    private CatalogLabels() {
    }

    /** 20个工作日; unlike the receipt this prints the catalogue value even for 即办件. */
    public static String limit(TimeLimit limit) {
        if (limit == null) {
            return NONE;
        }
        return limit.value() + switch (limit.unit()) {
            case WORKING_DAYS -> "个工作日";
            case NATURAL_DAYS -> "日（自然日）";
            case HOURS -> "小时";
            case MONTHS -> "个月";
        };
    }

    /** 不收费, or the amount in 元 with two decimals (fen are stored to avoid rounding). */
    public static String fee(Fee fee) {
        if (fee == null || !fee.charged()) {
            return "不收费";
        }
        return BigDecimal.valueOf(fee.amountFen(), 2).toPlainString() + "元";
    }

    public static String source(MaterialSource source) {
        return switch (source) {
            case APPLICANT -> "申请人自备";
            case ISSUED_BY_DEPARTMENT -> "部门核发";
            case SHARED -> "共享获取";
        };
    }

    /** 必要, or the situation in which a conditional material (情形材料) is needed. */
    public static String necessity(MaterialRequirement m) {
        return m.required() ? "必要" : "情形：" + orNone(m.condition());
    }

    /** 原件1份 / 复印件2份, one per line; 共享获取 materials are fetched, so nothing is handed in. */
    public static String copies(MaterialRequirement m) {
        if (m.source() == MaterialSource.SHARED) {
            return "免提交";
        }
        String originals = m.originals() > 0 ? "原件" + m.originals() + "份" : "";
        String copies = m.copies() > 0 ? "复印件" + m.copies() + "份" : "";
        String both = String.join("\n", originals, copies).strip();
        return both.isEmpty() ? NONE : both;
    }

    public static String channel(Channel channel) {
        return switch (channel) {
            case COUNTER -> "窗口办理";
            case ONLINE_PC -> "网上办理（电脑端）";
            case MOBILE -> "移动端办理";
            case EXPRESS -> "快递申请";
            case OTHER -> "其他";
        };
    }

    public static String serviceObject(ServiceObject object) {
        return switch (object) {
            case NATURAL_PERSON -> "自然人";
            case ENTERPRISE -> "企业法人";
            case PUBLIC_INSTITUTION -> "事业法人";
            case SOCIAL_ORGANIZATION -> "社会组织法人";
            case GOVERNMENT_AGENCY -> "行政机关";
            case OTHER_ORGANIZATION -> "其他组织";
        };
    }

    public static String delivery(DeliveryOption option) {
        return switch (option) {
            case PICK_UP -> "窗口领取";
            case MAIL -> "邮寄送达";
        };
    }

    public static String procedure(SpecialProcedureKind kind) {
        return switch (kind) {
            case HEARING -> "听证";
            case BIDDING -> "招标";
            case AUCTION -> "拍卖";
            case INSPECTION -> "检验";
            case TESTING -> "检测";
            case QUARANTINE -> "检疫";
            case APPRAISAL -> "鉴定";
            case EXPERT_REVIEW -> "专家评审";
            case SITE_SURVEY -> "现场勘验";
            case TECHNICAL_REVIEW -> "技术审查";
        };
    }

    /** Joins enum labels in declaration order: the item keeps them in a set, whose order would vary. */
    public static <E extends Enum<E>> String join(Collection<E> values, Function<E, String> label) {
        String joined = values.stream().sorted().map(label).collect(Collectors.joining("、"));
        return joined.isEmpty() ? NONE : joined;
    }

    public static String orNone(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }
}
