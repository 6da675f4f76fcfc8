package org.yichuang.server.documents;

import java.time.ZoneId;
import org.yichuang.core.notice.Paper;
import org.yichuang.reports.notice.NoticeData;

/** Renders one notice as PDF: the reports module's renderer, wired by the application (thread-safe). */
@FunctionalInterface
public interface NoticePdf {
    /**
     * Returns the PDF of the notice on the paper, its dates and times in the hall's zone.
     *
     * @param copy true prints it as a 副本 (a re-print of an original already issued)
     */
    byte[] render(ZoneId hallZone, NoticeData data, Paper paper, boolean copy);
}
