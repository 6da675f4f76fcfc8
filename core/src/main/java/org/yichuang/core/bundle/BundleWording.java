package org.yichuang.core.bundle;

import org.yichuang.core.catalog.BundleRules;
import org.yichuang.core.catalog.BundleRunMode;
import org.yichuang.core.catalog.ServiceBundle;

/** How a bundle's guide (web page, printed guide) states its run mode and own limit: said once, here. */
public final class BundleWording {
    private BundleWording() {
    }

    /** 办理方式 and, when the bundle has one, 一件事承诺时限, as one sentence for the public. */
    public static String schedule(ServiceBundle bundle) {
        String mode = bundle.runMode() == BundleRunMode.SEQUENTIAL
                ? "串联办理：按上列顺序办理，前一事项办结期限届满后，下一事项开始计时。"
                : "并联办理：各事项同时办理。";
        if (bundle.promisedLimit() == null) {
            return mode + "各事项按其承诺办结时限办结，全部事项办结即本一件事办结。";
        }
        return mode + "一件事承诺时限为" + BundleRules.label(bundle.promisedLimit())
                + "，自受理之日起计算，每个事项均在此时限内办结。";
    }
}
