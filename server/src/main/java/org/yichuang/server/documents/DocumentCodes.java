package org.yichuang.server.documents;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yichuang.core.document.DocumentKindCodes;
import org.yichuang.core.notice.NoticeKind;

/**
 * The short code of each document kind in its number ({kind}, the 性质 of 机关简称+性质+〔年份〕+顺序号): the server's
 * defaults, which a hall may override per kind (hall_document_codes, V15).
 */
final class DocumentCodes {
    /** The defaults live in core, where the 大厅设置 page reads them too. */
    private static final Map<NoticeKind, String> DEFAULTS = DocumentKindCodes.defaults();

    private final Map<NoticeKind, String> codes;

    private DocumentCodes(Map<NoticeKind, String> codes) {
        this.codes = codes;
    }

    /** The defaults with the hall's own codes over them (rows naming no kind of this version are ignored). */
    static DocumentCodes of(List<KindCodeRow> hallCodes) {
        Map<NoticeKind, String> codes = new EnumMap<>(DEFAULTS);
        for (KindCodeRow r : hallCodes) {
            for (NoticeKind k : NoticeKind.values()) {
                if (k.name().equals(r.kind())) {
                    codes.put(k, r.code());
                }
            }
        }
        return new DocumentCodes(codes);
    }

    /** Returns the kind's code; every kind has a default, so never null. */
    String code(NoticeKind kind) {
        String code = codes.get(kind);
        if (code == null) {
            throw new IllegalStateException("no document code for " + kind);
        }
        return code;
    }

    /** The server's default code of a kind. */
    static String defaultCode(NoticeKind kind) {
        return DEFAULTS.get(kind);
    }
}
