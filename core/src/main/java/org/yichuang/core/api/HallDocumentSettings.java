package org.yichuang.core.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.yichuang.core.intake.DeferralFailurePolicy;
import org.yichuang.core.notice.NoticeKind;

/**
 * The hall configuration the intake rules and the notices read (大厅设置, issue 10): {@code PUT
 * /api/hall/document-settings} (ADMIN) stores it whole after core's {@code HallSettingsRules} pass.
 *
 * @param reconsiderationBody  行政复议机关 every refusal's remedies name (RULES.md §3.3); null: none configured, and the
 *                             hall cannot refuse
 * @param court                人民法院 of the remedies; null as above
 * @param deferralFailurePolicy what a missed 容缺 supplement leads to (RULES.md §2.3)
 * @param riskyItemsMayDefer   whether items of a risk category (公共安全…) may still allow 容缺
 * @param documentNumberPattern the 文书编号 pattern ({@code DocumentNumberPattern})
 * @param documentAbbreviation 机关简称 for {hall}; null prints the hall's name
 * @param consultingPhone      咨询电话 the notices print; null for none
 * @param supervisionPhone     监督投诉电话 the notices print; null for none
 * @param kindCodes            each kind's code ({kind}); a kind left out keeps its default
 */
public record HallDocumentSettings(String reconsiderationBody, String court,
        DeferralFailurePolicy deferralFailurePolicy, boolean riskyItemsMayDefer, String documentNumberPattern,
        String documentAbbreviation, String consultingPhone, String supervisionPhone,
        Map<NoticeKind, String> kindCodes) {

    /** Copies the codes: the record stays immutable. */
    public HallDocumentSettings {
        EnumMap<NoticeKind, String> codes = new EnumMap<>(NoticeKind.class);
        if (kindCodes != null) {
            codes.putAll(kindCodes);
        }
        kindCodes = Collections.unmodifiableMap(codes);
    }

    /** Returns a copy with one field replaced, for the editor. */
    public HallDocumentSettings withKindCode(NoticeKind kind, String code) {
        EnumMap<NoticeKind, String> codes = new EnumMap<>(NoticeKind.class);
        codes.putAll(kindCodes);
        codes.put(kind, code);
        return new HallDocumentSettings(reconsiderationBody, court, deferralFailurePolicy, riskyItemsMayDefer,
                documentNumberPattern, documentAbbreviation, consultingPhone, supervisionPhone, codes);
    }
}
