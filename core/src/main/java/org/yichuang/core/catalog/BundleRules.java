package org.yichuang.core.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yichuang.core.error.ErrorCode;

/**
 * The rules of a bundle (一件事) that involve its members: a member may not ask the applicant for what another member
 * of the same bundle produces (出生一件事: the 出生医学证明 comes from its first member and is shared, not brought).
 */
public final class BundleRules {
    private BundleRules() {
    }

    /**
     * Returns the violations of the bundle, fields as {@code itemCodes[k]} of the member asking; members not in
     * {@code items} (by implementation code) are skipped, the catalog check reports them.
     */
    public static List<Violation> check(ServiceBundle bundle, Map<String, ServiceItem> items) {
        Map<String, ServiceItem> producers = new LinkedHashMap<>();
        for (String code : bundle.itemCodes()) {
            ServiceItem item = code == null ? null : items.get(code);
            if (item != null && item.resultName() != null && !item.resultName().isBlank()) {
                producers.putIfAbsent(MaterialNames.key(item.resultName()), item);
            }
        }
        List<Violation> out = new ArrayList<>();
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
        return out;
    }
}
