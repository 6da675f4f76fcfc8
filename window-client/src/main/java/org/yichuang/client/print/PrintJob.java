package org.yichuang.client.print;

import java.time.Instant;
import java.util.Objects;
import org.yichuang.core.notice.Paper;

/**
 * One paper the counter must print (打印任务): which document of which case, on which paper and printer, and what
 * happened on the last attempt. Immutable; the queue replaces a job with {@link #failed} when an attempt fails.
 *
 * @param id          stable id, also the job's file name in the print queue directory
 * @param caseNo      the case (案件编号) the document belongs to
 * @param documentId  the server's id of the stored document, so a job whose bytes are gone fetches them again;
 *                    {@link #NO_DOCUMENT} for a PDF that exists only on this PC
 * @param title       the document's title (受理通知书), shown in the queue and used as the print job's name
 * @param paper       A4 or the 80 mm roll; decides the printer
 * @param printer     the exact queue / Windows printer name the job goes to
 * @param copy        true for a re-print (副本), fetched from the server's audited copy route
 * @param createdAt   when the clerk asked for it
 * @param attempts    how many times sending it failed
 * @param problem     why the last attempt failed, in Chinese, naming the printer; null before any attempt
 * @param lastTriedAt when it was last tried, or null
 */
public record PrintJob(String id, String caseNo, long documentId, String title, Paper paper, String printer,
        boolean copy, Instant createdAt, int attempts, String problem, Instant lastTriedAt) {
    /** {@link #documentId} of a PDF the server does not keep. */
    public static final long NO_DOCUMENT = -1;

    /** Checks that the job can be printed and found again. */
    public PrintJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseNo, "caseNo");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!id.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("a job id is also a file name: " + id);
        }
    }

    /** Returns true when the server can give the PDF again. */
    public boolean refetchable() {
        return documentId != NO_DOCUMENT;
    }

    /** Returns this job after a failed attempt at {@code when}. */
    public PrintJob failed(String why, Instant when) {
        return new PrintJob(id, caseNo, documentId, title, paper, printer, copy, createdAt, attempts + 1, why, when);
    }

    /** Returns this job sent to another printer (the clerk chose a working one), as not yet tried there. */
    public PrintJob on(String otherPrinter) {
        return new PrintJob(id, caseNo, documentId, title, paper, otherPrinter, copy, createdAt, attempts, problem,
                lastTriedAt);
    }

    /** Returns the print job's name: case number and title, e.g. {@code 2026120600001-受理通知书}. */
    public String jobName() {
        return caseNo + "-" + title + (copy ? "-副本" : "");
    }
}
