package org.yichuang.core.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yichuang.core.error.ErrorCode;

/**
 * The rules of a bundle (一件事) that involve its members:
 * <ul>
 *   <li>a member may not ask the applicant for what another member of the same bundle produces (出生一件事: the
 *       出生医学证明 comes from its first member and is shared, not brought);</li>
 *   <li>the bundle's own promised limit (一件事承诺时限) binds every member, so it may not be longer than any
 *       member's statutory limit (法定办结时限, 营商条例 36: 承诺 ≤ 法定), and must be positive.</li>
 * </ul>
 */
public final class BundleRules {
    private BundleRules() {
    }

    /**
     * Returns the violations of the bundle, fields as {@code itemCodes[k]} of the member asking or
     * {@code promisedLimit}; members not in {@code items} (by implementation code) are skipped, the catalog check
     * reports them.
     */
    public static List<Violation> check(ServiceBundle bundle, Map<String, ServiceItem> items) {
        List<Violation> out = new ArrayList<>();
        checkOwnResults(bundle, items, out);
        checkLimit(bundle, items, out);
        return out;
    }

    private static void checkOwnResults(ServiceBundle bundle, Map<String, ServiceItem> items, List<Violation> out) {
        Map<String, ServiceItem> producers = new LinkedHashMap<>();
        for (String code : bundle.itemCodes()) {
            ServiceItem item = code == null ? null : items.get(code);
            if (item != null && item.resultName() != null && !item.resultName().isBlank()) {
                producers.putIfAbsent(MaterialNames.key(item.resultName()), item);
            }
        }
        List<String> codes = bundle.itemCodes();
        for (int k = 0; k < codes.size(); k++) {
            ServiceItem item = codes.get(k) == null ? null : items.get(codes.get(k));
            if (item == null) {
                continue;
            }
            for (MaterialRequirement m : item.materials()) {
                ServiceItem producer = producers.get(MaterialNames.key(m.name()));
                if (producer != null && producer != item && m.source() != MaterialSource.SHARED) {
                    out.add(new Violation("itemCodes[" + k + "]", ErrorCode.BUNDLE_ASKS_FOR_OWN_RESULT, "“"
                            + item.name() + "”要求申请人提交“" + m.name() + "”，但它由本一件事的“" + producer.name()
                            + "”办理产生：应设为共享获取（材料来源：共享获取）。"));
                }
            }
        }
    }

    /**
     * The own limit against each member's statutory limit. Units that cannot be compared without a calendar
     * (working against natural days) are refused only when the number alone already shows the bundle is longer:
     * n working days never take fewer than n natural days.
     */
    private static void checkLimit(ServiceBundle bundle, Map<String, ServiceItem> items, List<Violation> out) {
        TimeLimit own = bundle.promisedLimit();
        if (own == null) {
            return;
        }
        if (own.value() <= 0) {
            out.add(new Violation("promisedLimit", ErrorCode.BUNDLE_LIMIT_EXCEEDS_STATUTORY,
                    "一件事承诺时限须大于零；不设承诺时限时请留空，由各事项的时限和办理方式决定。"));
            return;
        }
        for (String code : bundle.itemCodes()) {
            ServiceItem item = code == null ? null : items.get(code);
            if (item == null || item.statutoryLimit() == null) {
                continue;
            }
            TimeLimit statutory = item.statutoryLimit();
            Optional<Boolean> within = LimitComparison.within(own, statutory);
            boolean longer = within.map(w -> !w).orElseGet(() -> longerAnyway(own, statutory));
            if (longer) {
                out.add(new Violation("promisedLimit", ErrorCode.BUNDLE_LIMIT_EXCEEDS_STATUTORY, "一件事承诺时限"
                        + label(own) + "超过了“" + item.name() + "”的法定办结时限" + CatalogLabels.limit(statutory)
                        + "。"));
            }
        }
    }

    /** Working days against natural days or office hours, where {@link LimitComparison} has no answer. */
    private static boolean longerAnyway(TimeLimit own, TimeLimit statutory) {
        if (own.unit() != LimitUnit.WORKING_DAYS) {
            return false;
        }
        return switch (statutory.unit()) {
            case NATURAL_DAYS -> own.value() > statutory.value();
            case HOURS -> (long) own.value() * ServiceItemRules.HOURS_PER_WORKING_DAY > statutory.value();
            default -> false;
        };
    }

    /** The bundle limit as the hall says it: 4 office hours read 0.5个工作日 (the "2、5、6" rule's wording). */
    public static String label(TimeLimit limit) {
        if (limit != null && limit.unit() == LimitUnit.HOURS
                && limit.value() * 2 % ServiceItemRules.HOURS_PER_WORKING_DAY == 0) {
            int halves = limit.value() * 2 / ServiceItemRules.HOURS_PER_WORKING_DAY;
            return (halves % 2 == 0 ? String.valueOf(halves / 2) : halves / 2 + ".5") + "个工作日";
        }
        return CatalogLabels.limit(limit);
    }
}
