package org.yichuang.client.print;

import org.yichuang.core.notice.Paper;

/**
 * Where a document's PDF comes from: the server, which stores every notice it issued. Production passes
 * {@code HallApi::documentPdf} / {@code HallApi::documentCopy}; a queued job whose bytes are gone asks again.
 */
@FunctionalInterface
public interface DocumentSource {
    /** Returns the stored original, or a 副本 (audited on the server) when {@code copy}; called off the EDT. */
    byte[] pdf(String caseNo, long documentId, Paper paper, boolean copy) throws Exception;
}
