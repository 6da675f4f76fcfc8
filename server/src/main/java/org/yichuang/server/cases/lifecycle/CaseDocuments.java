package org.yichuang.server.cases.lifecycle;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.yichuang.core.notice.NoticeKind;

/**
 * Issues the documents (文书) of an outcome inside the outcome's own transaction (issue 10 item 9): numbered, rendered
 * and stored before the commit, so an acknowledged outcome always has its documents and a rollback leaves neither.
 * Implemented by the documents feature; the lifecycle only says when and which (core's {@link NoticeKind} rules).
 */
public interface CaseDocuments {
    /** Issues nothing (tools and tests that need no PDFs). */
    CaseDocuments NONE = (h, caseId, kinds, staffId, now) -> { };

    /**
     * Issues {@code kinds} for the case, in printing order, on the caller's transaction; the case's rows of the
     * outcome are already written in it.
     *
     * @param staffId who issues them; null for the system (the day sweep)
     */
    void issue(Handle h, long caseId, List<NoticeKind> kinds, Long staffId, Instant now);

    /**
     * Issues {@code kinds} once for a whole 一件事 application, kept with its parent case (issue 10 item 7); the
     * children's outcomes are already written in the caller's transaction. Issues nothing by default.
     */
    default void issueBundle(Handle h, long parentId, List<NoticeKind> kinds, Long staffId, Instant now) {
    }
}
