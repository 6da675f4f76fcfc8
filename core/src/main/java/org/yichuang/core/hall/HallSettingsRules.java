package org.yichuang.core.hall;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yichuang.core.api.HallDocumentSettings;
import org.yichuang.core.catalog.Violation;
import org.yichuang.core.document.DocumentKindCodes;
import org.yichuang.core.document.DocumentNumberPattern;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;
import org.yichuang.core.notice.NoticeKind;

/**
 * The rules a hall's document settings (大厅设置) meet before they are stored: texts trimmed and within their length,
 * the number pattern readable, the phones {@link HallServicePhone}s, and kind codes that tell the kinds apart. The
 * server stores only what {@link #normalise} returns; the client's page previews with {@link #sampleNumber}.
 */
public final class HallSettingsRules {
    /** The longest 行政复议机关 or 人民法院 name: it is printed inside a sentence of the remedies. */
    public static final int MAX_AUTHORITY_LENGTH = 60;
    /** The longest 机关简称: it opens every document number. */
    public static final int MAX_ABBREVIATION_LENGTH = 20;

    private HallSettingsRules() {
    }

    /**
     * Returns the settings tidied (texts stripped, blanks as null, phones tidied, every kind's code given).
     *
     * @throws DomainException HALL_SETTINGS_INVALID naming the first field at fault, with every problem located
     */
    public static HallDocumentSettings normalise(HallDocumentSettings s) {
        if (s == null) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请提交完整的大厅设置。");
        }
        List<Violation> out = new ArrayList<>();
        String body = text(s.reconsiderationBody(), "reconsiderationBody", "行政复议机关", MAX_AUTHORITY_LENGTH, out);
        String court = text(s.court(), "court", "人民法院", MAX_AUTHORITY_LENGTH, out);
        if (s.deferralFailurePolicy() == null) {
            out.add(new Violation("deferralFailurePolicy", ErrorCode.FIELD_REQUIRED, "请选择容缺逾期未补齐的处理方式。"));
        }
        String pattern = s.documentNumberPattern() == null ? null : s.documentNumberPattern().strip();
        try {
            DocumentNumberPattern.parse(pattern);
        } catch (DomainException e) {
            out.add(new Violation("documentNumberPattern", e.code(), e.getMessage()));
        }
        String abbreviation = text(s.documentAbbreviation(), "documentAbbreviation", "机关简称",
                MAX_ABBREVIATION_LENGTH, out);
        String consulting = phone(s.consultingPhone(), "consultingPhone", "咨询电话", out);
        String supervision = phone(s.supervisionPhone(), "supervisionPhone", "监督投诉电话", out);
        Map<NoticeKind, String> codes = codes(s.kindCodes(), out);
        if (!out.isEmpty()) {
            throw new DomainException(ErrorCode.HALL_SETTINGS_INVALID,
                    "大厅设置有 " + out.size() + " 处需要修改：" + out.get(0).message(),
                    out.stream().map(v -> Problem.at(v.field(), v.code(), v.message())).toList());
        }
        return new HallDocumentSettings(body, court, s.deferralFailurePolicy(), s.riskyItemsMayDefer(), pattern,
                abbreviation, consulting, supervision, codes);
    }

    /**
     * Returns the number the next 受理通知书 of the year would get as its first: the page's live preview.
     *
     * @param hallName the hall's name, the {hall} when no abbreviation is set
     * @throws DomainException DOCUMENT_NUMBER_PATTERN_INVALID when the pattern cannot be read
     */
    public static String sampleNumber(HallDocumentSettings s, String hallName, int year) {
        DocumentNumberPattern pattern = DocumentNumberPattern.parse(
                s.documentNumberPattern() == null ? null : s.documentNumberPattern().strip());
        String abbreviation = s.documentAbbreviation() == null || s.documentAbbreviation().isBlank()
                ? (hallName == null ? "" : hallName) : s.documentAbbreviation().strip();
        String code = s.kindCodes().get(NoticeKind.ACCEPTANCE);
        code = code == null || code.isBlank() ? DocumentKindCodes.defaultCode(NoticeKind.ACCEPTANCE) : code.strip();
        return pattern.format(abbreviation, code, year, 1);
    }

    private static String text(String raw, String field, String label, int max, List<Violation> out) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        if (v.codePointCount(0, v.length()) > max) {
            out.add(new Violation(field, ErrorCode.FIELD_TOO_LONG, label + "最多 " + max + " 个字，现为 "
                    + v.codePointCount(0, v.length()) + " 个字。"));
        }
        return v;
    }

    private static String phone(String raw, String field, String label, List<Violation> out) {
        try {
            return HallServicePhone.parse(raw, label).orElse(null);
        } catch (DomainException e) {
            out.add(new Violation(field, e.code(), e.getMessage()));
            return raw;
        }
    }

    private static Map<NoticeKind, String> codes(Map<NoticeKind, String> given, List<Violation> out) {
        Map<NoticeKind, String> codes = new EnumMap<>(DocumentKindCodes.defaults());
        for (NoticeKind kind : NoticeKind.values()) {
            String raw = given.get(kind);
            if (raw == null || raw.isBlank()) {
                continue;   // the default stays
            }
            String v = raw.strip();
            String field = "kindCodes." + kind.name();
            if (v.codePointCount(0, v.length()) > DocumentKindCodes.MAX_LENGTH) {
                out.add(new Violation(field, ErrorCode.HALL_DOCUMENT_CODE_INVALID, kind.title() + "的文书代字最多 "
                        + DocumentKindCodes.MAX_LENGTH + " 个字。"));
            } else if (v.indexOf('{') >= 0 || v.indexOf('}') >= 0 || v.codePoints().anyMatch(Character::isWhitespace)) {
                out.add(new Violation(field, ErrorCode.HALL_DOCUMENT_CODE_INVALID, kind.title()
                        + "的文书代字不能含空格或“{”“}”。"));
            }
            codes.put(kind, v);
        }
        // numbers run per kind: two kinds with one code would print the same number for two documents
        Map<String, NoticeKind> first = new HashMap<>();
        for (Map.Entry<NoticeKind, String> e : codes.entrySet()) {
            NoticeKind earlier = first.putIfAbsent(e.getValue(), e.getKey());
            if (earlier != null) {
                out.add(new Violation("kindCodes." + e.getKey().name(), ErrorCode.HALL_DOCUMENT_CODE_INVALID,
                        e.getKey().title() + "的文书代字“" + e.getValue() + "”与" + earlier.title()
                                + "相同，两份文书会编出同一个文书编号。"));
            }
        }
        return codes;
    }
}
