package org.yichuang.reports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRParameter;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.TimeLimit;

/** Turns a {@link CaseReceipt} into the texts of the 受理回执 template; all wording lives here, not in JRXML. */
final class ReceiptParameters {
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);

    private final ZoneId zone;
    private final GlyphCoverage glyphs;

    ReceiptParameters(ZoneId zone, GlyphCoverage glyphs) {
        this.zone = zone;
        this.glyphs = glyphs;
    }

    Map<String, Object> of(CaseReceipt r) {
        Map<String, Object> p = new HashMap<>();
        boolean[] missing = {false};
        java.util.function.Function<String, String> text = s -> {
            String value = s == null ? "" : s;
            String printable = glyphs.printable(value);
            missing[0] |= !printable.equals(value);
            return printable;
        };
        p.put("hallName", text.apply(r.hallName()));
        p.put("caseNo", r.caseNo());
        p.put("caseBarcode", Code128.vector(r.caseNo()));
        p.put("itemName", text.apply(r.itemName()));
        p.put("itemCode", text.apply(r.itemCode()));
        p.put("department", text.apply(r.department()));
        p.put("caseKind", kind(r.caseKind()));
        p.put("promisedLimit", limit(r.caseKind(), r.promisedLimit()));
        p.put("applicantName", text.apply(r.applicantName()));
        p.put("applicantIdMasked", text.apply(r.applicantIdNumberMasked()));
        p.put("receivedAt", r.receivedAt() == null ? "" : RECEIVED.format(r.receivedAt().atZone(zone)));
        String counterName = r.counterName() == null || r.counterName().isBlank() ? "" : "（" + r.counterName() + "）";
        p.put("counter", text.apply(r.counterNo() + "号窗口" + counterName));
        p.put("staffName", text.apply(r.staffName()));
        p.put("decision", decision(r));
        p.put("progressNote", """
                1. 请妥善保管本回执，领取办理结果时请出示本回执及本人有效身份证件。
                2. 办理进度查询：凭本回执上的办件编号（或出示条形码），到本大厅综合窗口或咨询服务台查询。
                3. 本回执中的证件号码已作脱敏处理，仅显示前四位和后四位。""".strip());
        p.put("glyphNote", missing[0]
                ? "注：以上内容含字库未收录的生僻字，已以“" + GlyphCoverage.PLACEHOLDER
                        + "”标示，请以申请人有效身份证件为准，由经办人当面手写补正。"
                : null);
        p.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(zone));
        return p;
    }

    static String kind(CaseKind kind) {
        return TimeLimitText.kind(kind);
    }

    static String limit(CaseKind kind, TimeLimit limit) {
        return TimeLimitText.limit(kind, limit);
    }

    private static String decision(CaseReceipt r) {
        String base = "经审查，您提交的申请材料齐全、符合法定形式，本机关决定予以受理。";
        if (r.caseKind() == CaseKind.IMMEDIATE) {
            return base + "本事项为即办件，当场办结。";
        }
        String limit = limit(r.caseKind(), r.promisedLimit());
        return limit.isEmpty() ? base : base + "本事项为承诺件，承诺自受理之日起" + limit + "内办结（依法需要听证、"
                + "招标、拍卖、检验、检测、检疫、鉴定、专家评审的时间不计入办结时限）。";
    }
}
