package org.yichuang.core.document;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.yichuang.core.notice.NoticeKind;

/**
 * The default short code (代字) of each document kind in its number ({kind}, the 性质 of 机关简称+性质+〔年份〕+顺序号):
 * a hall may override any of them (hall_document_codes). Here once, so the server numbers with them and the
 * administrator's 大厅设置 page shows them.
 */
public final class DocumentKindCodes {
    private static final Map<NoticeKind, String> DEFAULTS = Collections.unmodifiableMap(new EnumMap<>(Map.ofEntries(
            Map.entry(NoticeKind.MATERIAL_RECEIPT, "收"),
            Map.entry(NoticeKind.ACCEPTANCE, "受"),
            Map.entry(NoticeKind.DEFERRED_ACCEPTANCE, "容受"),
            Map.entry(NoticeKind.DEFERRAL_PLEDGE, "容诺"),
            Map.entry(NoticeKind.SUPPLEMENT_NOTICE, "补告"),
            Map.entry(NoticeKind.NOT_REQUIRED, "不需"),
            Map.entry(NoticeKind.NOT_COMPETENT, "不受"),
            Map.entry(NoticeKind.APPROVAL_ON_SPOT, "准许"),
            Map.entry(NoticeKind.REFUSAL_ON_SPOT, "不许"),
            Map.entry(NoticeKind.COMMITMENT_PLEDGE, "承诺"),
            Map.entry(NoticeKind.COMMITMENT_DECISION, "承决"),
            Map.entry(NoticeKind.SUPPLEMENT_COMPLETE, "补齐"),
            Map.entry(NoticeKind.WITHDRAWAL, "撤回"),
            Map.entry(NoticeKind.ACCEPTANCE_REVOCATION, "撤受"),
            Map.entry(NoticeKind.TERMINATION, "终止"))));

    /** The longest code (hall_document_codes.code). */
    public static final int MAX_LENGTH = 10;

    private DocumentKindCodes() {
    }

    /** Returns every kind's default code, in the kinds' order. */
    public static Map<NoticeKind, String> defaults() {
        return DEFAULTS;
    }

    /** Returns a kind's default code; every kind has one. */
    public static String defaultCode(NoticeKind kind) {
        return DEFAULTS.get(kind);
    }
}
