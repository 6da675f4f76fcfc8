package org.yichuang.reports;


import org.yichuang.core.catalog.CatalogLabels;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.ServiceItem;

/** The title block and footer texts shared by the item and bundle guides. */
final class GuideParameters {
    private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

    private GuideParameters() {
    }

    static Map<String, Object> of(GuideContext context, String docTitle, String subject, String subtitle) {
        Map<String, Object> p = new HashMap<>();
        p.put("hallName", context.hallName());
        p.put("docTitle", docTitle);
        p.put("subject", subject);
        p.put("subtitle", subtitle);
        p.put("publicUrl", context.publicUrl());
        p.put("qrCode", QrCodes.render(context.publicUrl()));
        // an applicant holding an old copy compares this line with the online page
        p.put("updateNote", "本指南更新于" + CHANGED.format(context.lastChanged()) + "（第" + context.version() + "版），"
                + "以网上公布的最新版本为准");
        p.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        return p;
    }
}
