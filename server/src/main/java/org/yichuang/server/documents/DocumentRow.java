package org.yichuang.server.documents;

import java.time.Instant;

/** A case_documents row as listed (without data and PDFs; its papers follow from its kind). */
public record DocumentRow(long id, String kind, String documentNumber, Instant issuedAt, String issuedBy,
        int copiesPrinted) {
}
