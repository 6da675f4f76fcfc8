package org.yichuang.core.api;

import java.time.Instant;
import java.util.List;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.core.notice.Paper;

/**
 * A document (文书) the server issued with a case, as listed for the counter; its PDFs are fetched by id and paper.
 *
 * @param id             the document's id, for {@code documentPdf} and {@code documentCopy}
 * @param title          the printed title, e.g. 受理通知书
 * @param documentNumber 文书编号 from the hall's pattern, unique in the hall
 * @param issuedAt       when it was issued (with the outcome it belongs to)
 * @param issuedBy       the staff member's display name; null when the system issued it (a missed supplement)
 * @param papers         the papers its original is stored on: A4, and the 80 mm slip for the kinds that have one
 * @param copiesPrinted  how many 副本 were made since
 */
public record CaseDocumentView(long id, NoticeKind kind, String title, String documentNumber, Instant issuedAt,
        String issuedBy, List<Paper> papers, int copiesPrinted) {

    /** Keeps an immutable copy of the papers. */
    public CaseDocumentView {
        papers = List.copyOf(papers);
    }
}
